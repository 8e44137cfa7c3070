package org.digitworkbench.ui.draw.commands;

import org.digitworkbench.ui.draw.DrawActions;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/** Recognize (Enter): reads the drawing now. */
public final class RecognizeHandler {

    @CanExecute
    boolean canExecute(@Optional DrawActions draw) {
        return draw != null;
    }

    @Execute
    void execute(DrawActions draw) {
        draw.recognize();
    }
}
