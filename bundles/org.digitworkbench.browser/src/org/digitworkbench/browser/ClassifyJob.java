package org.digitworkbench.browser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.browser.model.Split;
import org.digitworkbench.browser.model.SplitPredictions;
import org.digitworkbench.browser.model.SplitSamples;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Classifies splits with one model, in chunks, with progress and cancel. What it makes reaches the view only while
 * it is the newest job of its {@link LatestJob} and its model is still the one in service: a cancelled scan, or one
 * a model switch made stale, never shows its answers.
 */
final class ClassifyJob extends Job {

    /** What the job shows; called on the UI thread, only while the job's results are still wanted. */
    interface View {
        void classified(Split split, SplitSamples samples, SplitPredictions answers);

        default void progress(String task, int percent) {
        }

        default void finished() {
        }
    }

    private final DigitClassifier model;
    private final Map<Split, Supplier<SplitSamples>> splits;
    private final LatestJob slot;
    private final Supplier<DigitClassifier> inService;
    private final View view;

    /**
     * @param model     the classifier to ask, or null to only read the splits (their answers then null)
     * @param splits    what to classify, read in the job (the user's corrections come from files)
     * @param inService the classifier the view follows now
     */
    ClassifyJob(String name, DigitClassifier model, Map<Split, Supplier<SplitSamples>> splits, LatestJob slot,
            Supplier<DigitClassifier> inService, View view) {
        super(name);
        this.model = model;
        this.splits = new LinkedHashMap<>(splits);
        this.slot = slot;
        this.inService = inService;
        this.view = view;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Map<Split, SplitSamples> read = new LinkedHashMap<>();
        splits.forEach((split, samples) -> read.put(split, samples.get()));
        int total = Math.max(1, read.values().stream().mapToInt(SplitSamples::size).sum());
        SubMonitor sub = SubMonitor.convert(monitor, getName(), total);
        int[] done = {0};
        for (Map.Entry<Split, SplitSamples> e : read.entrySet()) {
            String task = "Classifying " + e.getKey().title;
            SplitPredictions answers = model == null ? null
                    : SplitPredictions.classify(e.getValue(), model, sub::isCanceled, n -> {
                        sub.worked(n);
                        done[0] += n;
                        int percent = done[0] * 100 / total;
                        show(() -> view.progress(task, percent));
                    });
            if (model != null && answers == null) {
                return Status.CANCEL_STATUS;
            }
            show(() -> view.classified(e.getKey(), e.getValue(), answers));
        }
        show(view::finished);
        return Status.OK_STATUS;
    }

    /** The guard: on the UI thread, and only if neither cancelled, nor replaced, nor made stale by another model. */
    private void show(Runnable action) {
        slot.show(this, () -> {
            if (inService.get() == model) {
                action.run();
            }
        });
    }
}
