package org.digitworkbench.app.handlers;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.digitworkbench.api.corrections.FineTuning;
import org.digitworkbench.api.corrections.NoCorrectionsException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * The fine-tuning service as a user job: its training steps are the work units, its lines the subtasks, the
 * monitor's cancel stops it between steps. What it ended with is kept as a {@link FineTuneConclusion}; progress is
 * also kept for the dialog that shows it (this e4 workbench has no progress view).
 */
final class FineTuneJob extends Job {

    static final String NAME = "Fine-tuning on my corrections";
    private static final String PLUGIN = "org.digitworkbench.app";

    private final FineTuning service;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private volatile int stepsDone;
    private volatile int stepsTotal;
    private volatile FineTuneConclusion conclusion;

    FineTuneJob(FineTuning service) {
        super(NAME);
        this.service = service;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FineTuneJob.class;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            conclusion = FineTuneConclusion.of(service.fineTuneServedModel(new MonitorProgress(monitor)));
            return Status.OK_STATUS;
        } catch (InterruptedException e) {
            conclusion = FineTuneConclusion.cancelled();
            return Status.CANCEL_STATUS;
        } catch (NoCorrectionsException e) {
            conclusion = FineTuneConclusion.noCorrections(e.folder());
            return new Status(IStatus.INFO, PLUGIN, e.getMessage());
        } catch (Exception | LinkageError e) { // ND4J reports a missing native library as an Error
            ILog.of(FineTuneJob.class).error("Fine-tuning failed: " + e.getMessage(), e);
            conclusion = FineTuneConclusion.failed(e);
            return new Status(IStatus.WARNING, PLUGIN, "Fine-tuning failed: " + e.getMessage());
        } finally {
            monitor.done();
        }
    }

    /** How it ended; null while running. */
    FineTuneConclusion conclusion() {
        return conclusion;
    }

    /** Every line the service reported so far, oldest first. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    int stepsDone() {
        return stepsDone;
    }

    /** All the training steps; 0 until the service has said. */
    int stepsTotal() {
        return stepsTotal;
    }

    /** The service's progress, to the job's monitor and to what the dialog reads. */
    private final class MonitorProgress implements FineTuning.Progress {
        private final IProgressMonitor monitor;

        MonitorProgress(IProgressMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public void steps(int done, int total) {
            if (stepsTotal == 0) {
                monitor.beginTask(NAME, total);
                stepsTotal = total;
            }
            monitor.worked(done - stepsDone);
            stepsDone = done;
        }

        @Override
        public void line(String text) {
            lines.add(text);
            monitor.subTask(text);
        }

        @Override
        public boolean isCancelled() {
            return monitor.isCanceled();
        }
    }
}
