package org.digitworkbench.app.handlers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.digitworkbench.app.ViewModels;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.internal.workbench.ModelServiceImpl;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/**
 * The model side of Show View, before EPartService.showPart: containers hidden by the CleanupAddon are rendered
 * again, with the platform's own model service. (showPart itself needs a running workbench's presentation
 * engine and is left to the product.)
 */
class ShowViewHandlerTest {

    private static IEclipseContext context;
    private static EModelService models;

    @BeforeAll
    static void services() {
        context = EclipseContextFactory.getServiceContext(FrameworkUtil.getBundle(ShowViewHandlerTest.class)
                .getBundleContext()).createChild("show-view-test");
        models = new ModelServiceImpl(context);
    }

    @AfterAll
    static void dispose() {
        context.dispose();
    }

    @Test
    void aClosedViewComesBackInItsStackHiddenSinceItWasClosed() {
        ViewModels model = new ViewModels().withProductViews();
        MPart prediction = model.place(ViewModels.PREDICTION, model.right);
        prediction.setToBeRendered(false); // closed by the user
        model.right.setToBeRendered(false); // emptied, so hidden by the CleanupAddon
        model.bottom.setToBeRendered(false);

        ShowViewHandler.makeRoomFor(model.descriptor(ViewModels.PREDICTION), model.window, models);

        assertTrue(model.right.isToBeRendered());
        assertFalse(model.bottom.isToBeRendered(), "other hidden stacks stay hidden");
        assertFalse(prediction.isToBeRendered(), "the part itself is EPartService.showPart's business");
    }

    @Test
    void aViewNeverShownGetsTheStackOfItsCategoryAndItsParentsRendered() {
        ViewModels model = new ViewModels().withProductViews();
        model.bottom.setToBeRendered(false);
        model.bottomSash.setToBeRendered(false);
        model.right.setToBeRendered(false);

        ShowViewHandler.makeRoomFor(model.descriptor(ViewModels.BROWSER), model.window, models);

        assertTrue(model.bottom.isToBeRendered());
        assertTrue(model.bottomSash.isToBeRendered());
        assertFalse(model.right.isToBeRendered(), "the stack of another category stays hidden");
    }

    @Test
    void aPartElsewhereThanItsCategoryIsShownWhereItIs() {
        ViewModels model = new ViewModels().withProductViews();
        model.place(ViewModels.DRAW, model.bottom); // the user dragged it there
        model.bottom.setToBeRendered(false);
        model.bottomSash.setToBeRendered(false);
        model.left.setToBeRendered(false);

        ShowViewHandler.makeRoomFor(model.descriptor(ViewModels.DRAW), model.window, models);

        assertTrue(model.bottom.isToBeRendered() && model.bottomSash.isToBeRendered());
        assertFalse(model.left.isToBeRendered(), "its category's stack is not needed");
    }
}
