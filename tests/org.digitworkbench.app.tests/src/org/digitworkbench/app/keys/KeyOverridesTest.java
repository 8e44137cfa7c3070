package org.digitworkbench.app.keys;

import static org.digitworkbench.app.ModelsWithKeys.CLEAR_KEY;
import static org.digitworkbench.app.ModelsWithKeys.EXIT_KEY;
import static org.digitworkbench.app.ModelsWithKeys.UNDO_KEY;
import static org.digitworkbench.app.ModelsWithKeys.binding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.digitworkbench.app.ModelsWithKeys;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.model.application.MApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stored key overrides applied to a model fresh from the fragments, as at start-up. */
class KeyOverridesTest {

    private final List<IStatus> logged = new CopyOnWriteArrayList<>();
    private final ILogListener listener = (status, plugin) -> logged.add(status);
    /** A node of its own: these tests write values a user never would. */
    private IEclipsePreferences prefs;

    @BeforeEach
    void listen() throws Exception {
        prefs = (IEclipsePreferences) InstanceScope.INSTANCE.getNode("org.digitworkbench.app.tests")
                .node("keyOverrides");
        prefs.clear();
        Platform.addLogListener(listener);
    }

    @AfterEach
    void stop() throws Exception {
        Platform.removeLogListener(listener);
        prefs.removeNode();
    }

    @Test
    void unreadableOrIncompleteKeysAreSkippedWithAWarning() {
        prefs.put(KeyOverrides.PREFIX + CLEAR_KEY, "CTRL+NOSUCHKEY");
        prefs.put(KeyOverrides.PREFIX + UNDO_KEY, "CTRL+");
        prefs.put(KeyOverrides.PREFIX + EXIT_KEY, "CTRL+SHIFT+W");
        MApplication app = ModelsWithKeys.withKeys();

        KeyOverrides.apply(app, prefs);

        assertEquals("ESC", binding(app, CLEAR_KEY).getKeySequence());
        assertEquals("M1+Z", binding(app, UNDO_KEY).getKeySequence());
        assertEquals("CTRL+SHIFT+W", binding(app, EXIT_KEY).getKeySequence(), "the readable one is applied");
        List<String> warnings = logged.stream().filter(s -> s.getSeverity() == IStatus.WARNING)
                .map(IStatus::getMessage).filter(m -> m.startsWith("Key binding")).toList();
        assertEquals(2, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).contains(CLEAR_KEY) && warnings.get(0).contains("CTRL+NOSUCHKEY"),
                warnings.get(0));
        assertTrue(warnings.get(1).contains(UNDO_KEY), warnings.get(1));
    }

    @Test
    void applyingTwiceKeepsTheContributedDefault() {
        prefs.put(KeyOverrides.PREFIX + CLEAR_KEY, "CTRL+BS");
        MApplication app = ModelsWithKeys.withKeys();
        KeyOverrides.apply(app, prefs);
        KeyOverrides.apply(app, prefs);
        assertEquals("CTRL+BS", binding(app, CLEAR_KEY).getKeySequence());
        assertEquals("ESC", binding(app, CLEAR_KEY).getPersistedState().get(KeyOverrides.DEFAULT_KEYS));
        assertEquals("ESC", KeyOverrides.defaultOf(binding(app, CLEAR_KEY)).toString());
    }
}
