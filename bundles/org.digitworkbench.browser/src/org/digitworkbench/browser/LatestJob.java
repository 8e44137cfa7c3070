package org.digitworkbench.browser;

import org.digitworkbench.ui.widgets.UiThread;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;

/**
 * Background jobs of one kind, one at a time, where only the newest may show what it made: starting a job cancels
 * the one before, and whatever a cancelled or replaced job hands back is dropped. A job may finish its chunk of
 * work after being cancelled, so the check happens where results are shown: on the UI thread, where jobs are also
 * started and cancelled. Use from the UI thread only.
 */
final class LatestJob {

    private final UISynchronize ui;
    /** The job allowed to show its results; null once cancelled. */
    private Job current;

    LatestJob(UISynchronize ui) {
        this.ui = ui;
    }

    void start(Job job) {
        cancel();
        current = job;
        job.setUser(false);
        job.schedule();
    }

    /** Cancels the job; nothing it hands back afterwards is shown. */
    void cancel() {
        if (current != null) {
            current.cancel();
            current = null;
        }
    }

    /** From the job: runs {@code show} on the UI thread if the job is still the newest and not cancelled then. */
    void show(Job job, Runnable show) {
        UiThread.later(ui, () -> {
            if (job == current) {
                show.run();
            }
        });
    }

    /** The newest job while it has not ended and was not cancelled, else null. */
    Job running() {
        return current != null && current.getState() != Job.NONE ? current : null;
    }
}
