package org.digitworkbench.app.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.digitworkbench.app.DialogWatch;
import org.digitworkbench.app.PreferencePages;
import org.digitworkbench.app.dialogs.ContributedPreferences;
import org.digitworkbench.tests.support.PartHarness;
import org.digitworkbench.ui.widgets.preferences.PreferencePageContribution;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Window > Preferences… as the menu runs it: the handler made and invoked by e4 injection, with the preference
 * pages the bundles register as OSGi services (the ui bundle's Drawing page, the app's Keys page) and one more
 * registered by the test.
 */
class PreferencesHandlerTest {

    private PartHarness harness;
    private PreferencesHandler handler;
    private MWindow window;

    @BeforeEach
    void open() throws Exception {
        PreferencePages.await(PreferencePages.DRAWING, PreferencePages.KEYS);
        harness = new PartHarness(500, 300);
        harness.context.set(IServiceConstants.ACTIVE_SHELL, harness.shell);
        window = MBasicFactory.INSTANCE.createTrimmedWindow(); // as the renderer links a window and its context
        window.setContext(harness.context);
        harness.context.set(MWindow.class, window);
        harness.open();
        handler = ContextInjectionFactory.make(PreferencesHandler.class, harness.context);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void aPageRegisteredAsAServiceAppearsInRankOrderAndGoesWithItsService() throws Exception {
        ServiceRegistration<PreferencePageContribution> registration = FrameworkUtil.getBundle(getClass())
                .getBundleContext().registerService(PreferencePageContribution.class, new NotesContribution(), null);
        List<String> withNotes;
        try {
            withNotes = pagesShown();
        } finally {
            registration.unregister();
        }
        assertEquals(List.of("Notes", "Drawing", "Keys"), withNotes, "rank 5, 10, 50");
        assertEquals(List.of("Drawing", "Keys"), pagesShown(), "after the service went away");
    }

    @Test
    void theFirstPageIsShownWithItsControls() throws Exception {
        List<String> texts = new ArrayList<>();
        DialogWatch watch = new DialogWatch(harness.shell, ContributedPreferences.TITLE, dialog -> {
            texts.addAll(DialogWatch.all(dialog, Label.class).stream().map(Label::getText).toList());
            DialogWatch.press(dialog, "Cancel");
        });
        ContextInjectionFactory.invoke(handler, Execute.class, harness.context);
        watch.check();
        assertTrue(texts.contains("Pen width (pixels):"), texts::toString);
    }

    @Test
    void withoutAnyPageItSaysThereIsNothingToSet() throws Exception {
        DialogAnswerer answerer = new DialogAnswerer(harness.shell);
        try {
            handler.execute(harness.shell, window, List.of());
        } finally {
            answerer.stop();
        }
        assertEquals(1, answerer.answered().size(), "one message");
        assertEquals(ContributedPreferences.TITLE, answerer.answered().get(0).title());
        assertEquals(PreferencesHandler.NOTHING_TO_SET, answerer.answered().get(0).text());
    }

    /** The nodes of the dialog's tree, read while it is open; then Cancel. */
    private List<String> pagesShown() throws Exception {
        List<String> nodes = new ArrayList<>();
        DialogWatch watch = new DialogWatch(harness.shell, ContributedPreferences.TITLE, dialog -> {
            Tree tree = DialogWatch.all(dialog, Tree.class).get(0);
            Arrays.stream(tree.getItems()).map(TreeItem::getText).forEach(nodes::add);
            DialogWatch.press(dialog, "Cancel");
        });
        ContextInjectionFactory.invoke(handler, Execute.class, harness.context);
        watch.check();
        assertEquals(1, watch.runs(), "the dialog opened once");
        return nodes;
    }

    /** A real page from another contributor. */
    private static final class NotesContribution implements PreferencePageContribution {
        @Override
        public String id() {
            return "org.digitworkbench.app.tests.notes";
        }

        @Override
        public String label() {
            return "Notes";
        }

        @Override
        public int rank() {
            return 5;
        }

        @Override
        public PreferencePage createPage() {
            return new PreferencePage() {
                @Override
                protected Control createContents(Composite parent) {
                    Label label = new Label(parent, SWT.NONE);
                    label.setText("Registered by the test");
                    return label;
                }
            };
        }
    }
}
