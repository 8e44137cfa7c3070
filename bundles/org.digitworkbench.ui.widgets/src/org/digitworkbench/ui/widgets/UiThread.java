package org.digitworkbench.ui.widgets;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;

/** Hands results of background work to the UI thread. */
public final class UiThread {

    private UiThread() {
    }

    /**
     * Runs the action on the UI thread later. When the workbench has closed meanwhile (the display is gone), the
     * result is no longer wanted and is dropped instead of failing the job that produced it.
     */
    public static void later(UISynchronize ui, Runnable action) {
        try {
            ui.asyncExec(action);
        } catch (SWTException e) {
            if (e.code != SWT.ERROR_DEVICE_DISPOSED) {
                throw e;
            }
        }
    }
}
