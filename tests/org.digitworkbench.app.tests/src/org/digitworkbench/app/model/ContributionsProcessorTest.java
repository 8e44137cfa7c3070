package org.digitworkbench.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The application model as users get it, from the repository's Application.e4xmi and fragments: each installed
 * view lands in its stack, and what a bundle that is gone left in a saved layout disappears.
 */
class ContributionsProcessorTest {

    private static final String DRAW = "org.digitworkbench.ui.part.draw";
    private static final String PREDICTION = "org.digitworkbench.ui.part.prediction";
    private static final String BROWSER = "org.digitworkbench.browser.part.browser";
    private static final String BROWSER_BUNDLE = "org.digitworkbench.browser";

    private final WorkbenchModels files = new WorkbenchModels();
    private MApplication application;
    private EModelService models;
    private MPerspective perspective;

    @BeforeEach
    void fullProduct() throws IOException {
        application = files.application();
        files.merge(application, WorkbenchModels.FRAGMENT_BUNDLES);
        models = WorkbenchModels.modelService(application);
        perspective = models.findElements(application, null, MPerspective.class, null).get(0);
        process(Set.copyOf(WorkbenchModels.FRAGMENT_BUNDLES));
    }

    private void process(Set<String> installed) {
        StaleContributions.remove(application, installed::contains);
        PartDescriptorSync.refresh(application, models);
        DefaultLayout.fill(perspective, application, models);
    }

    @Test
    void everyInstalledViewIsPutIntoTheStackItsDescriptorNames() {
        assertEquals(List.of(DRAW), partsIn("org.digitworkbench.app.stack.left"));
        assertEquals(List.of(PREDICTION), partsIn("org.digitworkbench.app.stack.right"));
        assertEquals(List.of(BROWSER), partsIn("org.digitworkbench.app.stack.bottom"));
        assertEquals("Draw, MNIST Browser, Prediction", InstalledViews.describe(application));
        MPart draw = part(DRAW);
        assertTrue(draw.getToolbar() != null && !draw.getToolbar().getChildren().isEmpty(), "Draw has its toolbar");
        assertEquals(1, draw.getMenus().size(), "Draw has its view menu");
        assertEquals("org.digitworkbench.ui.contexts.draw", draw.getBindingContexts().get(0).getElementId());
    }

    @Test
    void processingAgainOnEveryStartAddsNothingTwice() throws IOException {
        files.merge(application, WorkbenchModels.FRAGMENT_BUNDLES);
        process(Set.copyOf(WorkbenchModels.FRAGMENT_BUNDLES));
        assertEquals(3, models.findElements(application, null, MPart.class, null).size());
        assertEquals(1, application.getBindingTables().stream()
                .filter(t -> t.getElementId().equals("org.digitworkbench.ui.bindings.draw")).count());
    }

    @Test
    void aSavedLayoutLosesEverythingOfABundleThatIsNoLongerInstalled() throws IOException {
        process(Set.of("org.digitworkbench.app", "org.digitworkbench.ui"));
        List<String> leftovers = new ArrayList<>();
        ((EObject) application).eAllContents().forEachRemaining(o -> {
            String bundle = StaleContributions.bundleOf(o);
            if (BROWSER_BUNDLE.equals(bundle)) {
                leftovers.add(o.eClass().getName());
            }
        });
        assertEquals(List.of(), leftovers, "elements the browser bundle contributed");
        assertTrue(models.findElements(application, BROWSER, MPart.class, null).isEmpty(), "no dangling part");
        assertFalse(stack("org.digitworkbench.app.stack.bottom").isToBeRendered(), "its empty stack is hidden");
        assertEquals("Draw, Prediction", InstalledViews.describe(application));

        files.merge(application, List.of(BROWSER_BUNDLE));
        process(Set.copyOf(WorkbenchModels.FRAGMENT_BUNDLES));
        assertEquals(List.of(BROWSER), partsIn("org.digitworkbench.app.stack.bottom"), "installed again: back");
        assertTrue(stack("org.digitworkbench.app.stack.bottom").isToBeRendered());
    }

    @Test
    void aViewTheUserClosedStaysClosed() {
        part(PREDICTION).setToBeRendered(false);
        process(Set.copyOf(WorkbenchModels.FRAGMENT_BUNDLES));
        assertEquals(1, models.findElements(application, PREDICTION, MPart.class, null).size());
        assertFalse(part(PREDICTION).isToBeRendered());
        assertFalse(stack("org.digitworkbench.app.stack.right").isToBeRendered(), "nothing left to show there");
    }

    @Test
    void aPartSavedByAnOlderBuildGetsTheToolbarItsBundleNowHas() {
        MPart draw = part(DRAW);
        draw.setToolbar(null);
        draw.getMenus().clear();
        draw.getPersistedState().put("strokes", "saved drawing");
        process(Set.copyOf(WorkbenchModels.FRAGMENT_BUNDLES));
        assertTrue(draw.getToolbar() != null && draw.getToolbar().getChildren().size() >= 5);
        assertEquals(1, draw.getMenus().size());
        assertEquals("saved drawing", draw.getPersistedState().get("strokes"), "the user's state is kept");
    }

    private List<String> partsIn(String stackTag) {
        return stack(stackTag).getChildren().stream().map(p -> p.getElementId()).toList();
    }

    private MPartStack stack(String tag) {
        return models.findElements(perspective, null, MPartStack.class, List.of(tag)).get(0);
    }

    private MPart part(String id) {
        return models.findElements(application, id, MPart.class, null).get(0);
    }
}
