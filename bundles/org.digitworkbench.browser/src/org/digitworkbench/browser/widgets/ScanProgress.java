package org.digitworkbench.browser.widgets;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

/** How far a classification of MNIST has come, and its Cancel button; all hidden while nothing is classified. */
public final class ScanProgress {

    private final ProgressBar bar;
    private final Label label;
    private final Button cancel;

    /** Adds a progress bar, a label and a Cancel button to {@code parent} (three cells of its layout). */
    public ScanProgress(Composite parent, Runnable onCancel) {
        bar = new ProgressBar(parent, SWT.SMOOTH);
        GridDataFactory.swtDefaults().hint(120, SWT.DEFAULT).applyTo(bar);
        label = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
        cancel = new Button(parent, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.addListener(SWT.Selection, e -> onCancel.run());
        hide();
    }

    /** Shows the task and its percentage, with Cancel. */
    public void show(String task, int percent) {
        if (bar.isDisposed()) {
            return;
        }
        bar.setVisible(true);
        cancel.setVisible(true);
        bar.setSelection(percent);
        label.setText(task + " " + percent + "%");
    }

    public void hide() {
        if (bar.isDisposed()) {
            return;
        }
        bar.setVisible(false);
        cancel.setVisible(false);
        bar.setSelection(0);
        label.setText("");
    }

    /** Whether a classification is shown as running, with Cancel offered. */
    public boolean isShowing() {
        return !cancel.isDisposed() && cancel.getVisible();
    }
}
