package org.digitworkbench.browser;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.MApplicationFactory;
import org.eclipse.e4.ui.model.application.commands.MCommandsFactory;
import org.eclipse.e4.ui.model.application.descriptor.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuFactory;
import org.eclipse.e4.ui.model.fragment.MFragmentFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.osgi.framework.Bundle;

/**
 * The application model files of the installed bundles, read as the workbench reads them (EMF XMI) but without a
 * workbench: the product's Application.e4xmi and every fragment contributed to {@code org.eclipse.e4.workbench.model}.
 */
final class ProductModels {

    static final String MODEL_POINT = "org.eclipse.e4.workbench.model";

    private ProductModels() {
    }

    /** The {@code <fragment>} elements of the installed bundles' plugin.xml files. */
    static List<IConfigurationElement> fragmentContributions() {
        List<IConfigurationElement> found = new ArrayList<>();
        for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(MODEL_POINT)) {
            if ("fragment".equals(e.getName())) {
                found.add(e);
            }
        }
        return found;
    }

    /** A model file of a bundle, e.g. ("org.digitworkbench.browser", "fragment.e4xmi"). */
    static Resource load(String bundleName, String path) throws IOException {
        Bundle bundle = Platform.getBundle(bundleName);
        if (bundle == null) {
            throw new AssertionError("bundle " + bundleName + " is not installed");
        }
        URL entry = bundle.getEntry(path);
        if (entry == null) {
            throw new AssertionError(bundleName + " has no " + path + " (build.properties bin.includes?)");
        }
        Resource resource = resourceSet().createResource(URI.createURI("platform:/plugin/" + bundleName + "/" + path));
        try (InputStream in = entry.openStream()) {
            resource.load(in, Map.of());
        }
        return resource;
    }

    /** The model packages the files name, registered by the model's own factories (no workbench running). */
    private static ResourceSet resourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new XMIResourceFactoryImpl());
        for (Object element : List.of(MApplicationFactory.INSTANCE.createApplication(),
                MCommandsFactory.INSTANCE.createCommand(), MBasicFactory.INSTANCE.createPartDescriptor(),
                org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory.INSTANCE.createPart(),
                org.eclipse.e4.ui.model.application.ui.advanced.MAdvancedFactory.INSTANCE.createPerspective(),
                org.eclipse.e4.ui.model.application.ui.MUiFactory.INSTANCE.createCoreExpression(),
                MMenuFactory.INSTANCE.createMenu(), MFragmentFactory.INSTANCE.createModelFragments())) {
            EPackage p = ((EObject) element).eClass().getEPackage();
            set.getPackageRegistry().put(p.getNsURI(), p);
        }
        return set;
    }

    /** The xmi:id of every element of a model file (null for an element without one). */
    static List<String> ids(Resource resource) {
        List<String> ids = new ArrayList<>();
        resource.getAllContents().forEachRemaining(o -> ids.add(((XMLResource) resource).getID(o)));
        return ids;
    }
}
