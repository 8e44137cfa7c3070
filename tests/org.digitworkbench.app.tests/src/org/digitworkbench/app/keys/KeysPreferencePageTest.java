package org.digitworkbench.app.keys;

import static org.digitworkbench.app.ModelsWithKeys.CLEAR_COMMAND;
import static org.digitworkbench.app.ModelsWithKeys.CLEAR_KEY;
import static org.digitworkbench.app.ModelsWithKeys.DRAWING;
import static org.digitworkbench.app.ModelsWithKeys.EXIT_KEY;
import static org.digitworkbench.app.ModelsWithKeys.UNDO_COMMAND;
import static org.digitworkbench.app.ModelsWithKeys.UNDO_KEY;
import static org.digitworkbench.app.ModelsWithKeys.binding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.digitworkbench.app.DialogWatch;
import org.digitworkbench.app.PreferencePages;
import org.digitworkbench.app.ModelsWithKeys;
import org.digitworkbench.app.dialogs.ContributedPreferences;
import org.digitworkbench.tests.support.PartHarness;
import org.digitworkbench.tests.support.SwtRobot;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.jface.bindings.keys.SWTKeySupport;
import org.eclipse.jface.bindings.keys.formatting.KeyFormatterFactory;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The app's Keys page in the preference dialog, on an application model built as the fragments build it and
 * bound by the workbench's binding add-ons: the bindings listed, one rebound by pressing keys in the Keys field,
 * Restore Defaults, the dialog's OK (JFace labels it Apply and Close). The binding in the model, the keys that run
 * the command and the stored override (node org.digitworkbench.app) follow; a fresh model gets the override back.
 */
class KeysPreferencePageTest {

    private static final long BACKSPACE = 0xff08;

    private PartHarness harness;
    private MApplication application;
    private WorkbenchBindings bindings;
    private IEclipsePreferences prefs;
    private PreferenceDialog dialog;

    /** Keys shown as the workbench shows them: its rendering engine sets the platform's formatter at start. */
    @BeforeAll
    static void platformKeyFormat() {
        KeyFormatterFactory.setDefault(SWTKeySupport.getKeyFormatterForPlatform());
    }

    @AfterAll
    static void formalKeyFormat() {
        KeyFormatterFactory.setDefault(KeyFormatterFactory.getFormalKeyFormatter());
    }

    @BeforeEach
    void open() throws Exception {
        prefs = KeyOverrides.node();
        clearOverrides();
        application = ModelsWithKeys.withKeys();
        harness = new PartHarness(300, 200);
        harness.context.set(MApplication.class, application);
        bindings = new WorkbenchBindings(application, harness.context);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        if (dialog != null && dialog.getShell() != null) {
            dialog.close();
        }
        bindings.close();
        harness.close();
        clearOverrides();
    }

    @Test
    void listsEveryBindingWithItsCommandContextAndKeys() throws Exception {
        openKeysPage();
        assertEquals(List.of(
                List.of("Clear", "Drawing in the Draw view", "Esc"),
                List.of("Exit", "In Windows", "Ctrl+Q"),
                List.of("Undo", "Drawing in the Draw view", "Ctrl+Z")), rows());
    }

    @Test
    void keysPressedInTheFieldRebindTheSelectedCommandOnApplyAndClose() throws Exception {
        openKeysPage();
        clickRow("Clear");
        assertEquals("Esc", field().getText(), "the field shows the selected command's keys");
        clickIn(field());
        harness.robot.key(BACKSPACE, SwtRobot.CONTROL);
        assertEquals("Ctrl+Backspace", field().getText());
        assertEquals(List.of("Clear", "Drawing in the Draw view", "Ctrl+Backspace"), rows().get(0));
        assertEquals("ESC", binding(application, CLEAR_KEY).getKeySequence(), "nothing applied before Apply and Close");
        assertEquals(CLEAR_COMMAND, bindings.commandFor(DRAWING, "ESC"));

        clickIn(DialogWatch.button(dialog.getShell(), "Apply and Close"));

        MKeyBinding clear = binding(application, CLEAR_KEY);
        assertEquals("CTRL+BS", clear.getKeySequence(), "rebound at once");
        assertEquals(CLEAR_COMMAND, bindings.commandFor(DRAWING, "CTRL+BS"), "the new keys clear");
        assertNull(bindings.commandFor(DRAWING, "ESC"), "the old keys do nothing");
        assertEquals("CTRL+BS", prefs.get(KeyOverrides.PREFIX + CLEAR_KEY, null), "kept in the preferences");
        assertEquals("ESC", clear.getPersistedState().get(KeyOverrides.DEFAULT_KEYS), "the default kept");
        assertEquals("M1+Q", binding(application, EXIT_KEY).getKeySequence(), "the others unchanged");
        assertNull(prefs.get(KeyOverrides.PREFIX + EXIT_KEY, null));

        MApplication next = ModelsWithKeys.withKeys(); // the next start: the fragments give the defaults again
        KeyOverrides.apply(next, prefs);
        assertEquals("CTRL+BS", binding(next, CLEAR_KEY).getKeySequence());
        assertEquals("M1+Z", binding(next, UNDO_KEY).getKeySequence());
    }

    @Test
    void restoreDefaultsGivesBackTheContributedKeysOnApplyAndClose() throws Exception {
        prefs.put(KeyOverrides.PREFIX + UNDO_KEY, "CTRL+U");
        KeyOverrides.apply(application, prefs);
        assertEquals("CTRL+U", binding(application, UNDO_KEY).getKeySequence());
        assertEquals(UNDO_COMMAND, bindings.commandFor(DRAWING, "CTRL+U"));
        openKeysPage();
        assertEquals("Ctrl+U", rows().get(2).get(2));

        clickIn(DialogWatch.button(dialog.getShell(), "Restore Defaults"));
        assertEquals("Ctrl+Z", rows().get(2).get(2));
        clickIn(DialogWatch.button(dialog.getShell(), "Apply and Close"));

        MKeyBinding undo = binding(application, UNDO_KEY);
        assertEquals("M1+Z", undo.getKeySequence(), "the fragment's own sequence");
        assertEquals(UNDO_COMMAND, bindings.commandFor(DRAWING, "M1+Z"));
        assertNull(bindings.commandFor(DRAWING, "CTRL+U"));
        assertFalse(undo.getPersistedState().containsKey(KeyOverrides.DEFAULT_KEYS));
        assertNull(prefs.get(KeyOverrides.PREFIX + UNDO_KEY, null), "the override removed");
    }

    @Test
    void keysOfAnotherCommandInTheSameContextCannotBeApplied() throws Exception {
        openKeysPage();
        clickRow("Clear");
        clickIn(field());
        harness.robot.key('z', SwtRobot.CONTROL);
        assertEquals("Ctrl+Z", field().getText());
        assertEquals("Ctrl+Z is given to both Clear and Undo (Drawing in the Draw view); choose other keys for one"
                + " of them.", page().getErrorMessage());
        assertFalse(DialogWatch.button(dialog.getShell(), "Apply and Close").isEnabled(), "cannot be applied");

        clickIn(field());
        harness.robot.key(BACKSPACE, SwtRobot.CONTROL);
        assertNull(page().getErrorMessage(), "other keys end the clash");
        assertTrue(DialogWatch.button(dialog.getShell(), "Apply and Close").isEnabled());
    }

    @Test
    void keysOfAWindowCommandTakenWhileDrawingAreNamedAndWorkThere() throws Exception {
        openKeysPage();
        clickRow("Undo");
        clickIn(field());
        harness.robot.key('q', SwtRobot.CONTROL);
        assertEquals("Ctrl+Q also runs Exit (In Windows); it runs Undo instead while drawing in the Draw view.",
                page().getMessage());
        assertEquals(IMessageProvider.WARNING, page().getMessageType());
        assertNull(page().getErrorMessage(), "allowed: the inner context wins while it is active");

        clickIn(DialogWatch.button(dialog.getShell(), "Apply and Close"));
        assertEquals(UNDO_COMMAND, bindings.commandFor(DRAWING, "M1+Q"));
        assertEquals("org.eclipse.ui.file.exit", bindings.commandFor("org.eclipse.ui.contexts.window", "M1+Q"));
    }

    @Test
    void cancelChangesNothing() throws Exception {
        openKeysPage();
        clickRow("Exit");
        clickIn(field());
        harness.robot.key(BACKSPACE, SwtRobot.CONTROL);
        clickIn(DialogWatch.button(dialog.getShell(), "Cancel"));
        assertEquals("M1+Q", binding(application, EXIT_KEY).getKeySequence());
        assertNull(prefs.get(KeyOverrides.PREFIX + EXIT_KEY, null));
    }

    private void openKeysPage() throws Exception {
        var keys = PreferencePages.await(PreferencePages.KEYS).get(PreferencePages.KEYS);
        dialog = ContributedPreferences.dialog(harness.shell, harness.context, List.of(keys));
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.getShell().forceActive();
        harness.robot.settle();
    }

    private PreferencePage page() {
        return (PreferencePage) dialog.getSelectedPage();
    }

    private Table table() {
        return DialogWatch.all(dialog.getShell(), Table.class).get(0);
    }

    /** The Keys field: the text beside the table (the dialog's message area has a text too). */
    private Text field() {
        return DialogWatch.all(table().getParent(), Text.class).get(0);
    }

    private List<List<String>> rows() {
        return Arrays.stream(table().getItems())
                .map(item -> List.of(item.getText(0), item.getText(1), item.getText(2))).toList();
    }

    private void clickRow(String command) {
        for (TableItem item : table().getItems()) {
            if (item.getText(0).equals(command)) {
                harness.robot.click(table(), item.getBounds(0));
                return;
            }
        }
        throw new AssertionError("no row " + command);
    }

    private void clickIn(Control control) {
        Point size = control.getSize();
        harness.robot.click(control, new Rectangle(0, 0, size.x, size.y));
    }

    private void clearOverrides() throws Exception {
        for (String key : prefs.keys()) {
            if (key.startsWith(KeyOverrides.PREFIX)) {
                prefs.remove(key);
            }
        }
        prefs.flush();
    }
}
