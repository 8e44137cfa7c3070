package org.digitworkbench.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.corrections.CorrectionStore;
import org.digitworkbench.browser.model.Samples;
import org.digitworkbench.browser.model.Split;
import org.digitworkbench.browser.model.SplitPredictions;
import org.digitworkbench.browser.model.SplitSamples;
import org.digitworkbench.browser.model.UserSamples;
import org.digitworkbench.ui.widgets.UiThread;
import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.ui.di.UISynchronize;

/**
 * Keeps the model's answers current: classifies MNIST's test set (and the training set once asked for) and the
 * user's corrections in background jobs, again when another model comes into service or a correction is saved;
 * cancels on request. MNIST's scan shares its slot with reading and fetching MNIST; "Yours" has a slot of its own,
 * so a long MNIST scan does not hold it back.
 */
final class ClassificationController {

    /** What the controller shows, on the UI thread. */
    interface View {
        /** The scan's progress; {@code task} null when no scan runs (any more). */
        void showProgress(String task, int percent);

        /** The samples, their answers or the scan's state changed. */
        void refresh();
    }

    private final UISynchronize ui;
    private final BrowserState state;
    private final LatestJob mnistJobs;
    private final LatestJob yoursJobs;
    private final View view;

    ClassificationController(UISynchronize ui, BrowserState state, LatestJob mnistJobs, View view) {
        this.ui = ui;
        this.state = state;
        this.mnistJobs = mnistJobs;
        this.yoursJobs = new LatestJob(ui);
        this.view = view;
    }

    /** MNIST was read: its answers and the user's corrections are made. */
    void samplesLoaded() {
        classify();
        readYours();
    }

    /** A new model is in service (already in the state): the old model's answers go, the new one's come. */
    void classifierChanged() {
        if (state.classifier() != null && state.samples() != null) {
            UiThread.later(ui, () -> {
                state.samples().setPredictions(Split.YOURS, null); // the old model's answers, until the new ones come
                classify();
                readYours();
            });
        }
    }

    /** A correction was saved: "Yours" is read again. */
    void correctionSaved() {
        if (state.samples() != null) {
            UiThread.later(ui, this::readYours);
        }
    }

    /** The training set too, from now on. */
    void classifyTraining() {
        state.requestTraining();
        classify();
    }

    /** Stops MNIST's scan; nothing it computed is shown. */
    void cancel() {
        mnistJobs.cancel();
        view.showProgress(null, 0);
        view.refresh();
    }

    /**
     * Classifies the test set (and the training set once asked for) with the current model, in chunks, with
     * progress and cancel.
     */
    void classify() {
        Samples s = state.samples();
        DigitClassifier model = state.classifier();
        if (s == null || model == null) {
            view.refresh();
            return;
        }
        Map<Split, Supplier<SplitSamples>> splits = new LinkedHashMap<>();
        for (Split split : state.trainRequested() ? List.of(Split.TEST, Split.TRAIN) : List.of(Split.TEST)) {
            SplitSamples set = s.set(split);
            splits.put(split, () -> set);
            s.setPredictions(split, null);
        }
        mnistJobs.start(new ClassifyJob("Classifying MNIST with model " + model.info().name(), model, splits,
                mnistJobs, state::classifier, new ClassifyJob.View() {
                    @Override
                    public void classified(Split split, SplitSamples set, SplitPredictions answers) {
                        s.put(split, set, answers);
                        if (split == Split.TEST) {
                            ILog.of(ClassificationController.class)
                                    .info("MNIST Browser: test set classified by " + model.info().name());
                        }
                        view.refresh();
                    }

                    @Override
                    public void progress(String task, int percent) {
                        view.showProgress(task, percent);
                    }

                    @Override
                    public void finished() {
                        view.showProgress(null, 0);
                    }
                }));
        view.showProgress("Classifying " + Split.TEST.title, 0);
        view.refresh();
    }

    /** Reads the user's corrections (a file each) and classifies them with the current model, in a job. */
    private void readYours() {
        Samples s = state.samples();
        CorrectionStore store = CorrectionStore.forUser();
        yoursJobs.start(new ClassifyJob("Reading your corrections", state.classifier(),
                Map.of(Split.YOURS, () -> UserSamples.load(store)), yoursJobs, state::classifier,
                (split, set, answers) -> {
                    s.put(split, set, answers);
                    view.refresh();
                }));
    }

    void dispose() {
        mnistJobs.cancel();
        yoursJobs.cancel();
    }
}
