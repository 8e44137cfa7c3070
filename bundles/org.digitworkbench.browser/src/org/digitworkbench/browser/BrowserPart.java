package org.digitworkbench.browser;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.Topics;
import org.digitworkbench.api.corrections.Correction;
import org.digitworkbench.browser.model.SampleQuery;
import org.digitworkbench.browser.model.Samples;
import org.digitworkbench.browser.widgets.MissingMnistPage;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.EventTopic;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The MNIST Browser: every sample as a thumbnail — MNIST's and the user's corrections ("Yours") — the current
 * model's answers and mistakes, the confusion matrix and a detail pane. This class only wires the pieces to the
 * workbench: the page shown until MNIST is read ({@link MissingMnistPage}, {@link MnistLoader}), the browser page
 * ({@link BrowserView}), the answers ({@link ClassificationController}), and the {@link BrowserActions} the
 * browser's commands work on, put into the part's context.
 */
public final class BrowserPart {

    @Inject
    private UISynchronize ui;
    @Inject
    private IEventBroker broker;
    @Inject
    private IEclipseContext context;
    @Inject
    @Optional
    private MApplication application;

    private final BrowserState state = new BrowserState();
    /** Reading, fetching and classifying MNIST: one at a time, the newest wins. */
    private LatestJob mnistJobs;
    private StackLayout pages;
    private MissingMnistPage missingPage;
    private BrowserView view;
    private MnistLoader loader;
    private volatile ClassificationController classification;
    private BrowserActions actions;

    @PostConstruct
    void createControls(Composite parent) {
        mnistJobs = new LatestJob(ui);
        pages = new StackLayout();
        parent.setLayout(pages);
        missingPage = new MissingMnistPage(parent, () -> loader.fetch());
        SendToDraw sendToDraw = new SendToDraw(broker, application, () -> context.get(EPartService.class));
        view = new BrowserView(parent, state, new BrowserView.Buttons(() -> actions.classifyTraining(),
                () -> actions.cancelScan(), () -> actions.sendToDraw(), () -> actions.explain()),
                () -> mnistJobs.running() != null, sendToDraw::whyNot, () -> actions.enablementMayHaveChanged());
        classification = new ClassificationController(ui, state, mnistJobs, view);
        actions = new BrowserActions(state, view, classification,
                new Explainer(ui, view.side().detail().heatMap(), view::selectedId), sendToDraw, broker);
        context.set(BrowserActions.class, actions);
        view.showProgress(null, 0);
        view.showDetail(-1);
        loader = new MnistLoader(ui, mnistJobs, this::samplesLoaded, this::showMissing, missingPage::showProgress);
        missingPage.showReading();
        show(missingPage.control());
        loader.load();
    }

    private void showMissing(String problem) {
        missingPage.showMissing(problem);
        show(missingPage.control());
    }

    private void samplesLoaded(Samples loaded) {
        if (view.control().isDisposed()) {
            return;
        }
        state.samples(loaded);
        show(view.control());
        view.refresh();
        classification.samplesLoaded();
    }

    private void show(Control page) {
        if (!page.isDisposed()) {
            pages.topControl = page;
            page.getParent().layout(true, true);
        }
    }

    /** The classifier service, followed: a new model means new predictions. */
    @Inject
    @Optional
    void setClassifier(@Service DigitClassifier service) {
        state.classifier(service);
        ClassificationController c = classification;
        if (service != null && c != null) {
            c.classifierChanged();
        }
    }

    /** A correction saved in the Prediction view: "Yours" is read again. */
    @Inject
    @Optional
    void correctionSaved(@EventTopic(Topics.CORRECTION_SAVED) Correction saved) {
        ClassificationController c = classification;
        if (saved != null && c != null) {
            c.correctionSaved();
        }
    }

    /** Sets the filter (and the controls showing it). */
    public void setQuery(SampleQuery q) {
        view.setQuery(q);
    }

    // ---- for tests ----

    BrowserState state() {
        return state;
    }

    BrowserView view() {
        return view;
    }

    MissingMnistPage missingPage() {
        return missingPage;
    }

    /** The MNIST job running (reading, fetching or classifying), or null. */
    Job runningJob() {
        return mnistJobs.running();
    }

    IEclipseContext context() {
        return context;
    }

    @Focus
    void setFocus() {
        if (pages.topControl == view.control()) {
            view.grid().setFocus();
        } else {
            missingPage.setFocus();
        }
    }

    @PreDestroy
    void dispose() {
        context.remove(BrowserActions.class);
        classification.dispose();
    }
}
