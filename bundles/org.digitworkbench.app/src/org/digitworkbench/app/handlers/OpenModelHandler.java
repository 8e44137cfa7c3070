package org.digitworkbench.app.handlers;

import java.nio.file.Path;

import org.digitworkbench.api.ModelInfo;
import org.digitworkbench.api.ModelService;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/**
 * File > Open Model…: loads a DL4J model file in a background job; every view following the classifier service
 * switches to it. A file that is not a usable model is reported and the current model stays.
 */
public final class OpenModelHandler {

    @CanExecute
    boolean canExecute(@Optional @Service ModelService models) {
        return models != null;
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service ModelService models,
            UISynchronize ui) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Open Model");
        dialog.setFilterExtensions(new String[] {"*.zip", "*"});
        dialog.setFilterNames(new String[] {"Deeplearning4j models (*.zip)", "All files"});
        String file = dialog.open();
        if (file != null) {
            ModelJobs.load(shell, ui, "Loading model " + Path.of(file).getFileName(), () -> models.load(Path.of(file)));
        }
    }

    /** Runs a model load in a job and reports failure in a dialog. */
    static final class ModelJobs {

        interface Load {
            ModelInfo run() throws Exception;
        }

        private ModelJobs() {
        }

        static void load(Shell shell, UISynchronize ui, String title, Load load) {
            Job job = Job.create(title, (IProgressMonitor monitor) -> {
                try {
                    load.run();
                    return Status.OK_STATUS;
                } catch (Exception e) {
                    ui.asyncExec(() -> {
                        if (!shell.isDisposed()) {
                            MessageDialog.openError(shell, "Model not loaded",
                                    e.getMessage() + "\n\nThe previous model stays in service.");
                        }
                    });
                    return new Status(IStatus.WARNING, "org.digitworkbench.app", "Model not loaded: " + e.getMessage());
                }
            });
            job.setUser(true);
            job.schedule();
        }
    }
}
