package org.digitworkbench.app.handlers;

import java.nio.file.Path;

import org.digitworkbench.api.ModelService;
import org.digitworkbench.api.corrections.FineTuning;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/**
 * File > Fine-tune on My Corrections…: fine-tunes the model in service on the user's corrections in a job with a
 * progress dialog, then shows before and after on MNIST and on the held-out corrections and, when the result was
 * saved, offers to serve it. The model in service changes only when the user says Yes.
 */
public final class FineTuneHandler {

    @CanExecute
    boolean canExecute(@Optional @Service FineTuning fineTuning, @Optional @Service ModelService models) {
        // one at a time: two would compete for the two cores and the same models folder
        return fineTuning != null && models != null && Job.getJobManager().find(FineTuneJob.class).length == 0;
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service FineTuning fineTuning,
            @Service ModelService models, UISynchronize ui) {
        FineTuneJob job = new FineTuneJob(fineTuning);
        FineTuneProgressDialog progress = new FineTuneProgressDialog(shell, job);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                ui.asyncExec(() -> {
                    progress.close();
                    if (!shell.isDisposed()) {
                        show(shell, job.conclusion(), models, ui);
                    }
                });
            }
        });
        progress.open();
        job.schedule();
    }

    /** Tells the conclusion; serves the saved model in a job when the user says Yes. */
    static void show(Shell shell, FineTuneConclusion conclusion, ModelService models, UISynchronize ui) {
        switch (conclusion.kind()) {
            case OFFER_TO_SERVE -> {
                if (MessageDialog.openQuestion(shell, conclusion.title(), conclusion.message())) {
                    Path file = conclusion.modelToServe().orElseThrow();
                    OpenModelHandler.ModelJobs.load(shell, ui, "Loading model " + file.getFileName(),
                            () -> models.load(file));
                }
            }
            case NOT_KEPT, NO_CORRECTIONS -> MessageDialog.openInformation(shell, conclusion.title(),
                    conclusion.message());
            case FAILED -> MessageDialog.openError(shell, conclusion.title(), conclusion.message());
            case CANCELLED -> {
                // the user asked for it; the dialog closing says enough
            }
        }
    }
}
