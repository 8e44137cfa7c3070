package org.digitworkbench.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.impl.ApplicationPackageImpl;
import org.eclipse.e4.ui.model.fragment.impl.FragmentPackageImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.osgi.framework.Bundle;

/**
 * Application model files (Application.e4xmi, fragment.e4xmi) read as the workbench reads them (EMF XMI) but
 * without a workbench: from the repository, or from an installed bundle. Each file gets a resource set of its own,
 * as a fragment is read afresh on every start.
 */
public final class ModelFiles {

    /** The extension point bundles contribute their fragments to. */
    public static final String MODEL_POINT = "org.eclipse.e4.workbench.model";

    static {
        // the model's packages register themselves (and the packages they use) with EMF
        ApplicationPackageImpl.eINSTANCE.eClass();
        FragmentPackageImpl.eINSTANCE.eClass();
    }

    private ModelFiles() {
    }

    /** A model file of the repository. */
    public static Resource read(Path file) throws IOException {
        Resource resource = resourceSet().createResource(URI.createFileURI(file.toString()));
        resource.load(null);
        return resource;
    }

    /** A model file of an installed bundle, e.g. ("org.digitworkbench.browser", "fragment.e4xmi"). */
    public static Resource read(String bundleName, String path) throws IOException {
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

    /** The {@code <fragment>} elements of the installed bundles' plugin.xml files. */
    public static List<IConfigurationElement> fragmentContributions() {
        List<IConfigurationElement> found = new ArrayList<>();
        for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(MODEL_POINT)) {
            if ("fragment".equals(e.getName())) {
                found.add(e);
            }
        }
        return found;
    }

    /** The xmi:id of every element of a model file (null for an element without one). */
    public static List<String> ids(Resource resource) {
        List<String> ids = new ArrayList<>();
        resource.getAllContents().forEachRemaining(o -> ids.add(((XMLResource) resource).getID(o)));
        return ids;
    }

    private static ResourceSet resourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new XMIResourceFactoryImpl());
        return set;
    }
}
