package org.digitworkbench.app.keys;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The user's key bindings. They live outside the model, in the instance preference node {@value #NODE} under
 * {@code keys.<binding elementId>} = a formal key sequence ({@link KeySequence#toString()}, e.g. {@code CTRL+BS}),
 * because the bundles' fragments reset the binding tables at every start. A binding the user changed keeps its
 * fragment's sequence in its persisted state {@value #DEFAULT_KEYS}.
 */
public final class KeyOverrides {

    public static final String NODE = "org.digitworkbench.app";
    public static final String PREFIX = "keys.";
    public static final String DEFAULT_KEYS = "defaultKeys";

    private KeyOverrides() {
    }

    public static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    /** Sets every binding with a stored override to it; unreadable or incomplete stored sequences are skipped. */
    public static void apply(MApplication application, IEclipsePreferences prefs) {
        for (MBindingTable table : application.getBindingTables()) {
            for (MKeyBinding binding : List.copyOf(table.getBindings())) { // a change takes it out and back
                String stored = binding.getElementId() == null ? null : prefs.get(key(binding), null);
                if (stored != null) {
                    parse(stored).ifPresentOrElse(keys -> change(table, binding, keys),
                            () -> ILog.of(KeyOverrides.class).warn("Key binding " + binding.getElementId()
                                    + " keeps " + binding.getKeySequence() + ": the stored keys '" + stored
                                    + "' are not a complete key sequence"));
                }
            }
        }
    }

    /** The keys the binding's contributor gave it, before any override. */
    public static KeySequence defaultOf(MKeyBinding binding) {
        String original = binding.getPersistedState().getOrDefault(DEFAULT_KEYS, binding.getKeySequence());
        return parse(original).orElse(KeySequence.getInstance());
    }

    /** The keys the binding has now. */
    public static KeySequence currentOf(MKeyBinding binding) {
        return parse(binding.getKeySequence()).orElse(KeySequence.getInstance());
    }

    /**
     * Makes {@code keys} the sequence of a binding of {@code table}, live and in {@code prefs}: choosing the
     * default removes the override. Does not flush.
     */
    static void choose(MBindingTable table, MKeyBinding binding, KeySequence keys, IEclipsePreferences prefs) {
        if (keys.equals(defaultOf(binding))) {
            prefs.remove(key(binding));
            String original = binding.getPersistedState().remove(DEFAULT_KEYS);
            if (original != null) {
                LiveBindings.setKeys(table, binding, original);
            }
        } else {
            prefs.put(key(binding), keys.toString());
            change(table, binding, keys);
        }
    }

    /** Writes the preference node to disk; a failure is logged (the bindings in the model are set anyway). */
    public static void flush(IEclipsePreferences prefs) {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            ILog.of(KeyOverrides.class).error("Key bindings not saved", e);
        }
    }

    static String key(MKeyBinding binding) {
        return PREFIX + binding.getElementId();
    }

    /** A complete, non-empty key sequence, or nothing. */
    static Optional<KeySequence> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            KeySequence keys = KeySequence.getInstance(text);
            return keys.isEmpty() || !keys.isComplete() ? Optional.empty() : Optional.of(keys);
        } catch (ParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void change(MBindingTable table, MKeyBinding binding, KeySequence keys) {
        binding.getPersistedState().putIfAbsent(DEFAULT_KEYS, binding.getKeySequence());
        if (!keys.equals(currentOf(binding))) {
            LiveBindings.setKeys(table, binding, keys.toString());
        }
    }
}
