package org.digitworkbench.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** File > Exit (Ctrl+Q): closes the workbench, which saves the layout for the next start. */
public final class ExitHandler {

    @Execute
    void execute(IWorkbench workbench) {
        workbench.close();
    }
}
