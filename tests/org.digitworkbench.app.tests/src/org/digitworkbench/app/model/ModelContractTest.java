package org.digitworkbench.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.fragment.MModelFragment;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * The rules that keep the workbench plug-in based, checked on the real model files: the application model names
 * no view, each fragment contributes only its own bundle's classes into places that exist, and ids never clash.
 */
class ModelContractTest {

    private static final Pattern BUNDLECLASS = Pattern.compile("bundleclass://([^/\"]+)/([\\w.$]+)");
    private static final Pattern XMI_ID = Pattern.compile("xmi:id=\"([^\"]+)\"");

    private final WorkbenchModels files = new WorkbenchModels();

    @Test
    void theApplicationModelNamesNoViewAndNoClassOfAnotherBundle() throws IOException {
        String xmi = Files.readString(WorkbenchModels.bundleFile("org.digitworkbench.app", "Application.e4xmi"));
        Matcher m = BUNDLECLASS.matcher(xmi);
        while (m.find()) {
            assertTrue(m.group(1).startsWith("org.eclipse."), "Application.e4xmi names " + m.group());
        }
        assertTrue(!xmi.contains("basic:Part\""), "Application.e4xmi holds no part");
    }

    @Test
    void everyFragmentContributesItsOwnBundlesClassesAndTheyLoad() throws Exception {
        for (String bundle : WorkbenchModels.FRAGMENT_BUNDLES) {
            String xmi = Files.readString(WorkbenchModels.bundleFile(bundle, "fragment.e4xmi"));
            Matcher m = BUNDLECLASS.matcher(xmi);
            int classes = 0;
            while (m.find()) {
                assertEquals(bundle, m.group(1), "a fragment of " + bundle + " names " + m.group());
                Bundle osgi = Platform.getBundle(bundle);
                assertTrue(osgi.loadClass(m.group(2)) != null);
                classes++;
            }
            assertTrue(classes > 0, bundle + " contributes handlers or parts");
        }
    }

    @Test
    void xmiIdsAreUniqueAcrossTheApplicationModelAndAllFragments() throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> clashes = new ArrayList<>();
        List<String> files = new ArrayList<>(List.of("org.digitworkbench.app/Application.e4xmi"));
        WorkbenchModels.FRAGMENT_BUNDLES.forEach(b -> files.add(b + "/fragment.e4xmi"));
        for (String file : files) {
            String[] at = file.split("/");
            Matcher m = XMI_ID.matcher(Files.readString(WorkbenchModels.bundleFile(at[0], at[1])));
            while (m.find()) {
                if (!seen.add(m.group(1))) {
                    clashes.add(file + ": " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void everyFragmentLandsSomewhereThatExists() throws IOException {
        MApplication application = files.application();
        for (String bundle : WorkbenchModels.FRAGMENT_BUNDLES) {
            for (MModelFragment fragment : files.fragments(bundle).getFragments()) {
                String parent = ((MStringModelFragment) fragment).getParentElementId();
                int before = fragment.getElements().size();
                List<?> merged = fragment.merge(application);
                assertEquals(before, merged.size(), bundle + ": fragment into " + parent + " merged");
            }
        }
    }

    @Test
    void everyViewNamesAStackOfTheDefaultPerspectiveAndOfItsResetCopy() throws IOException {
        MApplication application = files.application();
        files.merge(application, WorkbenchModels.FRAGMENT_BUNDLES);
        EModelService models = WorkbenchModels.modelService(application);
        List<MPartDescriptor> views = InstalledViews.of(application);
        assertEquals(3, views.size());
        MPerspective live = models.findElements(application, null, MPerspective.class, null).get(0);
        MPerspective snippet = (MPerspective) application.getSnippets().get(0);
        for (MPartDescriptor view : views) {
            List<String> tag = List.of(view.getCategory());
            assertEquals(1, models.findElements(live, null, MPartStack.class, tag).size(), view.getLabel());
            assertEquals(1, models.findElements(snippet, null, MPartStack.class, tag).size(), view.getLabel());
        }
    }
}
