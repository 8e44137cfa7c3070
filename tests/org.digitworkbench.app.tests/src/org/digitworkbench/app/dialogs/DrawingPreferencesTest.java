package org.digitworkbench.app.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.digitworkbench.app.DialogWatch;
import org.digitworkbench.app.PreferencePages;
import org.digitworkbench.tests.support.PartHarness;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Spinner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ui bundle's Drawing page in the preference dialog, as the user works it: the pen width changed with the
 * keyboard, Restore Defaults and the dialog's OK button (JFace labels it Apply and Close) pressed with the mouse;
 * the views' preferences (node org.digitworkbench.ui) change accordingly.
 */
class DrawingPreferencesTest {

    private static final String NODE = "org.digitworkbench.ui";
    private static final String PEN_WIDTH = "penWidth";
    private static final String LIVE = "liveRecognition";
    /** UiPreferences.DEFAULT_PEN_WIDTH (the app does not see the ui bundle's classes). */
    private static final int DEFAULT_PEN_WIDTH = 26;
    private static final long KEY_UP = 0xff52;

    private PartHarness harness;
    private IEclipsePreferences prefs;
    private PreferenceDialog dialog;

    @BeforeEach
    void open() throws Exception {
        var drawing = PreferencePages.await(PreferencePages.DRAWING).get(PreferencePages.DRAWING);
        prefs = InstanceScope.INSTANCE.getNode(NODE);
        prefs.putInt(PEN_WIDTH, 20);
        prefs.putBoolean(LIVE, false);
        harness = new PartHarness(300, 200);
        harness.open();
        dialog = ContributedPreferences.dialog(harness.shell, harness.context, List.of(drawing));
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.getShell().forceActive();
        harness.robot.settle();
    }

    @AfterEach
    void close() throws Exception {
        if (dialog.getShell() != null) {
            dialog.close();
        }
        harness.close();
        prefs.remove(PEN_WIDTH);
        prefs.remove(LIVE);
        prefs.flush();
    }

    @Test
    void threeStepsUpAndApplyAndCloseMakeThePenWiderByThree() {
        Spinner pen = DialogWatch.all(dialog.getShell(), Spinner.class).get(0);
        assertEquals(20, pen.getSelection(), "the page shows the stored width");
        clickInText(pen);
        assertTrue(pen.isFocusControl(), "the click gave the spinner the keyboard");
        assertEquals(20, pen.getSelection(), "a click in the spinner's text changes nothing");
        harness.robot.key(KEY_UP);
        harness.robot.key(KEY_UP);
        harness.robot.key(KEY_UP);
        assertEquals(23, pen.getSelection(), "the spinner went up by three");
        assertEquals(20, prefs.getInt(PEN_WIDTH, -1), "nothing stored before Apply and Close");
        clickIn(DialogWatch.button(dialog.getShell(), "Apply and Close"));
        assertTrue(dialog.getShell() == null, "the dialog closed");
        assertEquals(23, prefs.getInt(PEN_WIDTH, -1));
        assertFalse(prefs.getBoolean(LIVE, true), "live recognition left as it was");
    }

    @Test
    void restoreDefaultsThenApplyAndCloseStoresTheDefaults() {
        clickIn(DialogWatch.button(dialog.getShell(), "Restore Defaults"));
        Spinner pen = DialogWatch.all(dialog.getShell(), Spinner.class).get(0);
        assertEquals(DEFAULT_PEN_WIDTH, pen.getSelection());
        assertEquals(20, prefs.getInt(PEN_WIDTH, -1), "nothing stored before Apply and Close");
        clickIn(DialogWatch.button(dialog.getShell(), "Apply and Close"));
        assertEquals(DEFAULT_PEN_WIDTH, prefs.getInt(PEN_WIDTH, -1));
        assertTrue(prefs.getBoolean(LIVE, false), "live recognition is on by default");
    }

    @Test
    void cancelStoresNothing() {
        Spinner pen = DialogWatch.all(dialog.getShell(), Spinner.class).get(0);
        clickInText(pen);
        harness.robot.key(KEY_UP);
        assertEquals(21, pen.getSelection());
        clickIn(DialogWatch.button(dialog.getShell(), "Cancel"));
        assertEquals(20, prefs.getInt(PEN_WIDTH, -1));
    }

    /**
     * A click in a spinner's text (20 px in: the first pixels are its frame; its -/+ buttons are on the right in
     * GTK 3). Placed from the parent: on GTK 3 the spinner's own {@code toDisplay} counts from its + button.
     */
    private void clickInText(Spinner spinner) {
        Rectangle b = spinner.getBounds();
        harness.robot.click(spinner.getParent(), new Rectangle(b.x, b.y, 40, b.height));
    }

    private void clickIn(Control control) {
        Point size = control.getSize();
        harness.robot.click(control, new Rectangle(0, 0, size.x, size.y));
    }
}
