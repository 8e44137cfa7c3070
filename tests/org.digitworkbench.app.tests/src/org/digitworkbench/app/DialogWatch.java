package org.digitworkbench.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * Acts once in the next modal dialog of a title that a handler opens and waits on: the dialog runs its own event
 * loop on the UI thread, so the test's step runs from inside that loop, on a timer that looks for the dialog every
 * 50 ms. A failing step closes the dialog (so the handler returns) and is thrown again by {@link #check()}.
 */
public final class DialogWatch implements Runnable {

    private final Shell parent;
    private final String title;
    private final Consumer<Shell> step;
    private Throwable failure;
    private int runs;

    public DialogWatch(Shell parent, String title, Consumer<Shell> step) {
        this.parent = parent;
        this.title = title;
        this.step = step;
        parent.getDisplay().timerExec(50, this);
    }

    @Override
    public void run() {
        if (parent.isDisposed()) {
            return;
        }
        for (Shell dialog : parent.getShells()) {
            if (!dialog.isDisposed() && dialog.isVisible() && title.equals(dialog.getText())) {
                runs++;
                try {
                    step.accept(dialog);
                } catch (Throwable e) {
                    failure = e;
                    dialog.close();
                }
                return; // once
            }
        }
        parent.getDisplay().timerExec(50, this);
    }

    /** How many dialogs the step ran in: 1 once it ran. */
    public int runs() {
        return runs;
    }

    /** Rethrows what failed in the step. */
    public void check() throws Exception {
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure instanceof Exception e) {
            throw e;
        }
    }

    /** Presses a button of a dialog as its Selection event arrives. */
    public static void press(Shell dialog, String label) {
        Button button = button(dialog, label);
        if (button == null) {
            throw new AssertionError("no button '" + label + "' in " + dialog.getText());
        }
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** The button with this label (mnemonic ignored), or null. */
    public static Button button(Composite parent, String label) {
        for (Control c : parent.getChildren()) {
            if (c instanceof Button b && b.getText().replace("&", "").equals(label)) {
                return b;
            }
            if (c instanceof Composite inner) {
                Button found = button(inner, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Every control of a type under a composite, depth first. */
    public static <T> List<T> all(Composite parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control c : parent.getChildren()) {
            if (type.isInstance(c)) {
                found.add(type.cast(c));
            }
            if (c instanceof Composite inner) {
                found.addAll(all(inner, type));
            }
        }
        return found;
    }
}
