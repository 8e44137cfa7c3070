package org.digitworkbench.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.Topics;
import org.digitworkbench.api.ViewTags;
import org.digitworkbench.api.image.InkImage;
import org.digitworkbench.browser.commands.CancelScanHandler;
import org.digitworkbench.browser.commands.ClassifyTrainingHandler;
import org.digitworkbench.browser.commands.ExplainHandler;
import org.digitworkbench.browser.commands.SendToDrawHandler;
import org.digitworkbench.browser.model.Split;
import org.digitworkbench.tests.support.OsgiServices;
import org.digitworkbench.tests.support.PartHarness;
import org.digitworkbench.tests.support.SwtRobot;
import org.digitworkbench.tests.support.TestData;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationFactory;
import org.eclipse.e4.ui.model.application.descriptor.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The browser's commands as the workbench runs them: its handlers, evaluated by e4 injection in the browser part's
 * own context, follow what the browser does; Send to Draw needs a view that takes drawings. The part runs in a
 * real window with a real application model (no view of the UI bundle in it unless a test adds one).
 */
class BrowserCommandsTest {

    private final List<String> logged = Collections.synchronizedList(new ArrayList<>());
    private final ILogListener log = (status, plugin) -> logged.add(status.getMessage());
    private MApplication application;
    private PartHarness harness;
    private Browser browser;
    private SwtRobot robot;

    @BeforeEach
    void open() throws Exception {
        TestData.mnist();
        OsgiServices.await(DigitClassifier.class); // the model is in service: opening starts the scan at once
        Platform.addLogListener(log);
        application = MApplicationFactory.INSTANCE.createApplication();
        harness = new PartHarness(1500, 860);
        harness.context.set(MApplication.class, application);
        browser = Browser.make(harness);
        harness.open();
        robot = harness.robot;
    }

    @AfterEach
    void close() {
        harness.close();
        Platform.removeLogListener(log);
    }

    /** What the handler's {@code @CanExecute} answers in the browser part's context. */
    private boolean canRun(Class<?> handler) {
        return canRun(handler, browser.context());
    }

    private boolean canRun(Class<?> handler, IEclipseContext where) {
        Object h = ContextInjectionFactory.make(handler, harness.context);
        return (Boolean) ContextInjectionFactory.invoke(h, CanExecute.class, where, Boolean.FALSE);
    }

    private void run(Class<?> handler) {
        Object h = ContextInjectionFactory.make(handler, harness.context);
        ContextInjectionFactory.invoke(h, Execute.class, browser.context());
        robot.settle();
    }

    private static MPartDescriptor view(String id, String... tags) {
        MPartDescriptor d = MBasicFactory.INSTANCE.createPartDescriptor();
        d.setElementId(id);
        d.getTags().add(ViewTags.VIEW);
        d.getTags().addAll(List.of(tags));
        return d;
    }

    @Test
    void sendToDrawNeedsAViewThatTakesDrawings() {
        assertTrue(robot.waitUntil(() -> browser.samples() != null && browser.samples().errors(Split.TEST) >= 0,
                120_000), "MNIST shown and its test set classified");
        assertTrue(logged.contains("MNIST Browser: test set classified by digits-cnn"), "said in the log: " + logged);
        List<InkImage> sent = harness.record(Topics.DRAWING_LOAD_IMAGE, InkImage.class);
        robot.click(browser.grid(), browser.grid().tileBounds(0));
        Button send = browser.sendButton();
        assertFalse(send.isEnabled(), "no view takes drawings: nothing to send to");
        assertEquals(SendToDraw.NO_VIEW, send.getToolTipText(), "the tooltip says why");
        assertFalse(canRun(SendToDrawHandler.class));
        assertTrue(canRun(ExplainHandler.class), "Why? needs no other view");

        application.getDescriptors().add(view("org.digitworkbench.browser.part.browser"));
        robot.click(browser.grid(), browser.grid().tileBounds(1));
        assertFalse(send.isEnabled(), "a view that takes no drawings does not count");
        assertFalse(canRun(SendToDrawHandler.class));

        application.getDescriptors().add(view("org.digitworkbench.ui.part.draw", ViewTags.ACCEPTS_DRAWING));
        assertTrue(canRun(SendToDrawHandler.class), "the Draw view is installed");
        robot.click(browser.grid(), browser.grid().tileBounds(2));
        assertTrue(send.isEnabled());
        assertTrue(send.getToolTipText().startsWith("Put this sample on the Draw canvas"), send.getToolTipText());
        robot.settle();
        assertEquals(List.of(), sent, "nothing was sent while it could not be");
    }

    @Test
    void theHandlersFollowTheScanAndTheSelection() {
        assertTrue(robot.waitUntil(() -> browser.runningJob() instanceof ClassifyJob && canRun(CancelScanHandler.class),
                60_000), "Cancel can run while the test set is classified");
        List<Object> updates = harness.record(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, Object.class);
        run(CancelScanHandler.class);
        assertFalse(canRun(CancelScanHandler.class), "nothing left to cancel");
        assertNull(browser.samples().predictions(Split.TEST), "the cancelled scan shows no answers");
        assertTrue(robot.waitUntil(() -> !updates.isEmpty(), 5000), "the workbench is asked to update tool items");
        assertTrue(canRun(ClassifyTrainingHandler.class), "a model in service, the training set not classified");

        run(ClassifyTrainingHandler.class);
        assertTrue(browser.runningJob() instanceof ClassifyJob, "classifying again, the training set too");
        assertTrue(canRun(CancelScanHandler.class));
        run(CancelScanHandler.class);
        assertTrue(robot.waitUntil(() -> browser.runningJob() == null, 10_000), "the scan stopped");
        assertFalse(canRun(CancelScanHandler.class));

        assertFalse(canRun(ExplainHandler.class), "no sample selected: nothing to explain");
        assertFalse(canRun(SendToDrawHandler.class));
        robot.click(browser.grid(), browser.grid().tileBounds(0));
        assertTrue(canRun(ExplainHandler.class));
        run(ExplainHandler.class);
        assertTrue(robot.waitUntil(() -> browser.heatMap().heat() != null, 10_000), "Why? drew a heat map");
    }

    /** Where no browser part is (the context above it), every browser command is disabled. */
    @Test
    void withoutABrowserPartTheCommandsAreDisabled() {
        assertTrue(browser.context().get(BrowserActions.class) != null, "the part offers its actions");
        for (Class<?> handler : List.of(ClassifyTrainingHandler.class, CancelScanHandler.class,
                SendToDrawHandler.class, ExplainHandler.class)) {
            assertFalse(canRun(handler, harness.context), handler.getSimpleName());
        }
    }
}
