package org.digitworkbench.app.handlers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.digitworkbench.app.DialogWatch;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers the message dialogs that open over a shell as a user would, by pressing one of their buttons, and keeps
 * what each said. A message dialog runs its own event loop on the UI thread, so the answer has to come from inside
 * that loop: a timer looks for new dialogs every 50 ms. The progress dialog is left alone.
 */
final class DialogAnswerer implements Runnable {

    record Answered(String title, String text) {
    }

    private final Shell parent;
    private final List<Answered> answered = new ArrayList<>();
    private final Set<Shell> seen = new HashSet<>();
    private final Map<String, String> buttons = new HashMap<>();
    private boolean stopped;

    DialogAnswerer(Shell parent) {
        this.parent = parent;
        parent.getDisplay().timerExec(50, this);
    }

    /** Presses this button in dialogs with this title; in any other dialog OK, or No when there is no OK. */
    void answer(String title, String button) {
        buttons.put(title, button);
    }

    List<Answered> answered() {
        return List.copyOf(answered);
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        if (stopped || parent.isDisposed()) {
            return;
        }
        for (Shell dialog : parent.getShells()) {
            if (dialog.isDisposed() || !dialog.isVisible() || !seen.add(dialog)
                    || FineTuneProgressDialog.TITLE.equals(dialog.getText())) {
                continue;
            }
            answered.add(new Answered(dialog.getText(), String.join("\n", labels(dialog))));
            Button button = DialogWatch.button(dialog, buttons.getOrDefault(dialog.getText(), "OK"));
            if (button == null) {
                button = DialogWatch.button(dialog, "No");
            }
            if (button != null) {
                button.notifyListeners(SWT.Selection, new Event());
            }
        }
        parent.getDisplay().timerExec(50, this);
    }

    /** The texts of every label, depth first. */
    static List<String> labels(Composite parent) {
        List<String> texts = new ArrayList<>();
        for (Control c : parent.getChildren()) {
            if (c instanceof Label l && !l.getText().isEmpty()) {
                texts.add(l.getText());
            } else if (c instanceof Composite inner) {
                texts.addAll(labels(inner));
            }
        }
        return texts;
    }
}
