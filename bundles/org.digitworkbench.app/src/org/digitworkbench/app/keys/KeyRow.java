package org.digitworkbench.app.keys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingContext;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.jface.bindings.keys.KeySequence;

/** One line of the Keys page: a binding and the keys the user chose for it (applied on OK). */
final class KeyRow {

    static final Comparator<KeyRow> ORDER = Comparator.comparing(KeyRow::command, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(KeyRow::context, String.CASE_INSENSITIVE_ORDER);

    final MBindingTable table;
    final MKeyBinding binding;
    private final String command;
    private final String context;
    private KeySequence chosen;

    private KeyRow(MKeyBinding binding, MBindingTable table) {
        this.table = table;
        this.binding = binding;
        MCommand c = binding.getCommand();
        command = c == null ? "(no command)" : nonEmpty(c.getLocalizedCommandName(), c.getElementId());
        MBindingContext when = table.getBindingContext();
        context = when == null ? "" : nonEmpty(when.getName(), when.getElementId());
        chosen = KeyOverrides.currentOf(binding);
    }

    /** Every key binding of the application, by command and context. */
    static List<KeyRow> of(MApplication application) {
        List<KeyRow> rows = new ArrayList<>();
        for (MBindingTable table : application.getBindingTables()) {
            for (MKeyBinding binding : table.getBindings()) {
                rows.add(new KeyRow(binding, table));
            }
        }
        rows.sort(ORDER);
        return rows;
    }

    String command() {
        return command;
    }

    String context() {
        return context;
    }

    KeySequence chosen() {
        return chosen;
    }

    /** The keys as the user reads them (Ctrl+Q). */
    String keys() {
        return chosen.format();
    }

    /** Only bindings with an id can be stored. */
    boolean editable() {
        return binding.getElementId() != null && !binding.getElementId().isEmpty();
    }

    void choose(KeySequence keys) {
        chosen = keys;
    }

    void chooseDefault() {
        chosen = KeyOverrides.defaultOf(binding);
    }

    private static String nonEmpty(String text, String fallback) {
        return text == null || text.isEmpty() ? String.valueOf(fallback) : text;
    }
}
