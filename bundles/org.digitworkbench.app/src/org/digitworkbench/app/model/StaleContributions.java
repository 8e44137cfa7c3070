package org.digitworkbench.app.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Removes from the application model what bundles that are no longer installed put there. The saved layout
 * (workbench.xmi) keeps every element a fragment ever merged, and nothing in the platform removes them at start-up:
 * without this, a product without the browser bundle would show a part that cannot be created.
 */
public final class StaleContributions {

    private static final String PLUGIN = "platform:/plugin/";
    private static final String BUNDLECLASS = "bundleclass://";

    private StaleContributions() {
    }

    /** Deletes the stale elements; returns the symbolic names of the missing bundles they came from. */
    public static List<String> remove(MApplication application, Predicate<String> installed) {
        List<EObject> stale = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        ((EObject) application).eAllContents().forEachRemaining(object -> {
            String bundle = bundleOf(object);
            if (bundle != null && !installed.test(bundle) && !insideAny(object, stale)) {
                stale.add(object);
                if (!missing.contains(bundle)) {
                    missing.add(bundle);
                }
            }
        });
        stale.forEach(object -> EcoreUtil.delete(object, true));
        return missing;
    }

    /** The bundle an element comes from: its fragment's contributor, else the bundle of its class. */
    static String bundleOf(EObject object) {
        if (object instanceof MApplicationElement element && element.getContributorURI() != null
                && element.getContributorURI().startsWith(PLUGIN)) {
            return element.getContributorURI().substring(PLUGIN.length());
        }
        EStructuralFeature feature = object.eClass().getEStructuralFeature("contributionURI");
        if (feature != null && object.eGet(feature) instanceof String uri && uri.startsWith(BUNDLECLASS)) {
            int slash = uri.indexOf('/', BUNDLECLASS.length());
            return slash < 0 ? null : uri.substring(BUNDLECLASS.length(), slash);
        }
        return null;
    }

    private static boolean insideAny(EObject object, List<EObject> containers) {
        for (EObject c = object.eContainer(); c != null; c = c.eContainer()) {
            if (containers.contains(c)) {
                return true;
            }
        }
        return false;
    }
}
