package org.digitworkbench.ui.draw.commands;

import org.digitworkbench.ui.draw.DrawActions;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/** Clear (Esc, Delete): removes every stroke; Undo brings them back. */
public final class ClearHandler {

    @CanExecute
    boolean canExecute(@Optional DrawActions draw) {
        return draw != null && !draw.isEmpty();
    }

    @Execute
    void execute(DrawActions draw) {
        draw.clear();
    }
}
