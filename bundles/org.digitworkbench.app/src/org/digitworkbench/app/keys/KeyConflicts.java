package org.digitworkbench.app.keys;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingContext;

/**
 * Keys given to two commands. In one context the workbench cannot run both, so the page refuses them; in a
 * context nested in the other's (Drawing in the Draw view inside In Windows) the inner command wins while its
 * context is active, which the page says.
 */
final class KeyConflicts {

    private final Map<MBindingContext, MBindingContext> parents = new HashMap<>();

    KeyConflicts(MApplication application) {
        for (MBindingContext root : application.getRootContext()) {
            collectParents(root);
        }
    }

    private void collectParents(MBindingContext context) {
        for (MBindingContext child : context.getChildren()) {
            parents.put(child, context);
            collectParents(child);
        }
    }

    /** Two rows of one context with the same keys, as a sentence; null when there are none. */
    static String clash(List<KeyRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                KeyRow a = rows.get(i);
                KeyRow b = rows.get(j);
                if (a.table.getBindingContext() == b.table.getBindingContext()
                        && sameKeys(a, b)) {
                    return a.keys() + " is given to both " + a.command() + " and " + b.command() + " ("
                            + a.context() + "); choose other keys for one of them.";
                }
            }
        }
        return null;
    }

    /** Which command the row's keys take over, or give up, while a nested context is active; null if none. */
    String shadowing(KeyRow row, List<KeyRow> rows) {
        for (KeyRow other : rows) {
            if (other == row || !sameKeys(row, other)) {
                continue;
            }
            MBindingContext mine = row.table.getBindingContext();
            MBindingContext theirs = other.table.getBindingContext();
            if (encloses(theirs, mine)) {
                return row.keys() + " also runs " + other.command() + " (" + other.context() + "); it runs "
                        + row.command() + " instead while " + lower(row.context()) + ".";
            }
            if (encloses(mine, theirs)) {
                return row.keys() + " runs " + other.command() + " instead of " + row.command() + " while "
                        + lower(other.context()) + ".";
            }
        }
        return null;
    }

    private boolean encloses(MBindingContext outer, MBindingContext inner) {
        for (MBindingContext c = parents.get(inner); c != null; c = parents.get(c)) {
            if (c == outer) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameKeys(KeyRow a, KeyRow b) {
        return !a.chosen().isEmpty() && a.chosen().equals(b.chosen());
    }

    private static String lower(String context) {
        return context.isEmpty() ? context : Character.toLowerCase(context.charAt(0)) + context.substring(1);
    }
}
