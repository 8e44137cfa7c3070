package org.digitworkbench.ui.draw.commands;

import org.digitworkbench.ui.draw.DrawActions;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/** Undo (Ctrl+Z): removes the last stroke, or brings back what Clear or a sent picture replaced. */
public final class UndoHandler {

    @CanExecute
    boolean canExecute(@Optional DrawActions draw) {
        return draw != null && draw.canUndo();
    }

    @Execute
    void execute(DrawActions draw) {
        draw.undo();
    }
}
