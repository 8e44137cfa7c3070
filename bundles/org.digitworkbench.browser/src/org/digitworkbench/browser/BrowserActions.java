package org.digitworkbench.browser;

import java.util.List;

import org.digitworkbench.browser.model.Samples;
import org.digitworkbench.browser.model.Split;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;

/**
 * What the MNIST Browser's commands do, and when they can: the part puts this into its own context, where the
 * handlers of {@code org.digitworkbench.browser.commands} find it, and its buttons call the same methods. Use on the
 * UI thread.
 */
public final class BrowserActions {

    private final BrowserState state;
    private final BrowserView view;
    private final ClassificationController classification;
    private final Explainer explainer;
    private final SendToDraw sendToDraw;
    private final IEventBroker broker;
    private List<Boolean> enablement;

    BrowserActions(BrowserState state, BrowserView view, ClassificationController classification,
            Explainer explainer, SendToDraw sendToDraw, IEventBroker broker) {
        this.state = state;
        this.view = view;
        this.classification = classification;
        this.explainer = explainer;
        this.sendToDraw = sendToDraw;
        this.broker = broker;
    }

    /** MNIST is read, a model is in service and the training set has no answers yet. */
    public boolean canClassifyTraining() {
        Samples s = state.samples();
        return s != null && state.classifier() != null && s.predictions(Split.TRAIN) == null;
    }

    public void classifyTraining() {
        classification.classifyTraining();
    }

    /** A classification of MNIST runs (its progress and Cancel are shown). */
    public boolean canCancelScan() {
        return view.isScanShown();
    }

    public void cancelScan() {
        classification.cancel();
    }

    /** A sample is selected and some view takes drawings (or, outside a workbench, may). */
    public boolean canSendToDraw() {
        return selected() >= 0 && sendToDraw.whyNot() == null;
    }

    /** Why Send to Draw is not possible although a sample is selected, or null. */
    public String whyNotSendToDraw() {
        return sendToDraw.whyNot();
    }

    public void sendToDraw() {
        int id = selected();
        Samples s = state.samples();
        if (id >= 0 && s != null) {
            sendToDraw.send(s.image(id));
        }
    }

    /** A sample is selected and a model is in service. */
    public boolean canExplain() {
        return selected() >= 0 && state.classifier() != null;
    }

    public void explain() {
        explainer.explain(state.samples(), selected(), state.classifier());
    }

    /**
     * Asks the workbench to ask the handlers again (tool items, menus) when what they would answer changed. Sent,
     * not posted: handled now, on this (the UI) thread, never queued until after the window is gone.
     */
    void enablementMayHaveChanged() {
        if (view.control().isDisposed()) {
            return;
        }
        List<Boolean> now = List.of(canClassifyTraining(), canCancelScan(), canSendToDraw(), canExplain());
        if (!now.equals(enablement)) {
            enablement = now;
            broker.send(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
        }
    }

    private int selected() {
        return state.samples() == null ? -1 : view.selectedId();
    }
}
