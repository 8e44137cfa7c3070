package org.digitworkbench.ui.draw.commands;

import java.io.IOException;
import java.nio.file.Path;

import org.digitworkbench.ui.draw.DrawActions;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;

/** Export PNG (Ctrl+S): saves the drawing, as shown, to a PNG file the user picks. */
public final class ExportHandler {

    @CanExecute
    boolean canExecute(@Optional DrawActions draw) {
        return draw != null && !draw.isEmpty();
    }

    @Execute
    void execute(DrawActions draw) {
        FileDialog dialog = new FileDialog(draw.shell(), SWT.SAVE);
        dialog.setText("Export Drawing as PNG");
        dialog.setFilterExtensions(new String[] {"*.png"});
        dialog.setFileName("drawing.png");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return;
        }
        try {
            draw.exportPng(Path.of(file.endsWith(".png") ? file : file + ".png"));
        } catch (IOException e) {
            MessageDialog.openError(draw.shell(), "Export failed", e.getMessage());
        }
    }
}
