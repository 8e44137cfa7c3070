package org.digitworkbench.app.handlers;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;

/**
 * Shows a running {@link FineTuneJob} (this e4 workbench has no progress view): the training steps as a bar, the
 * service's latest line, and Cancel, which cancels the job; the dialog stays until the job has stopped. Modeless,
 * so the user can keep drawing. It reads the job's progress a few times a second on the UI thread instead of being
 * called from the job's thread.
 */
final class FineTuneProgressDialog extends ProgressMonitorDialog {

    static final String TITLE = "Fine-tune on My Corrections";
    static final String CANCELLING = "Cancelling after the current step…";
    private static final int REFRESH_MILLIS = 200;

    private final FineTuneJob job;
    private boolean begun;
    private int stepsShown;
    private boolean cancelling;

    FineTuneProgressDialog(Shell parent, FineTuneJob job) {
        super(parent);
        this.job = job;
        setShellStyle(SWT.DIALOG_TRIM | SWT.MODELESS | getDefaultOrientation());
        setCancelable(true);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    /** Wide enough for a line naming the corrections folder. */
    @Override
    protected Point getInitialSize() {
        Point size = super.getInitialSize();
        return new Point(Math.max(size.x, 640), size.y);
    }

    @Override
    public int open() {
        int code = super.open();
        refresh();
        return code;
    }

    private void refresh() {
        Shell shell = getShell();
        if (shell == null || shell.isDisposed()) {
            return;
        }
        IProgressMonitor shown = getProgressMonitor();
        if (!begun && job.stepsTotal() > 0) {
            shown.beginTask(FineTuneJob.NAME, job.stepsTotal());
            begun = true;
        }
        int done = job.stepsDone();
        if (begun && done > stepsShown) {
            shown.worked(done - stepsShown);
            stepsShown = done;
        }
        List<String> lines = job.lines();
        if (!cancelling && !lines.isEmpty()) {
            shown.subTask(lines.get(lines.size() - 1));
        }
        shell.getDisplay().timerExec(REFRESH_MILLIS, this::refresh);
    }

    /** Cancel stops the job; the dialog closes when the job has (at most a training step later). */
    @Override
    protected void cancelPressed() {
        cancelling = true;
        job.cancel();
        cancel.setEnabled(false);
        getProgressMonitor().subTask(CANCELLING);
    }

    /** Closing the window or pressing Escape is Cancel too: the job must not go on unseen. */
    @Override
    protected void handleShellCloseEvent() {
        if (!cancelling) {
            cancelPressed();
        }
    }
}
