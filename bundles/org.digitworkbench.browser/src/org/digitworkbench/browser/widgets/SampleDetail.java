package org.digitworkbench.browser.widgets;

import java.util.Locale;

import org.digitworkbench.api.Prediction;
import org.digitworkbench.api.reading.DigitReading;
import org.digitworkbench.browser.model.Samples;
import org.digitworkbench.ui.widgets.DigitCard;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The selected sample: a title with its true digit and the model's answer, the sample enlarged (with the "Why?"
 * heat map over it), the model's probabilities, and the Send to Draw and Why? buttons.
 */
public final class SampleDetail {

    private static final String SEND_TIP = "Put this sample on the Draw canvas; the Prediction view explains it";

    private final Label title;
    private final HeatMapView heatMap;
    private final DigitCard card;
    private final Button send;
    private final Button why;

    /** Adds the title, the enlarged sample with its card, and a row of buttons to {@code parent}. */
    public SampleDetail(Composite parent, Runnable sendToDraw, Runnable explain) {
        title = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().applyTo(title);
        Composite pictures = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(pictures);
        heatMap = new HeatMapView(pictures);
        card = new DigitCard(pictures);
        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        send = new Button(buttons, SWT.PUSH);
        send.setText("Send to Draw");
        send.setToolTipText(SEND_TIP);
        send.addListener(SWT.Selection, e -> sendToDraw.run());
        why = new Button(buttons, SWT.PUSH);
        why.setText("Why?");
        why.setToolTipText("Occlusion heat map: which pixels changed the decision");
        why.addListener(SWT.Selection, e -> explain.run());
    }

    /** Nothing selected. */
    public void showNothing() {
        title.setText("Select a sample to see it enlarged with the model's answer.");
        heatMap.setImage(null);
        card.setDigit(null);
    }

    /** The sample {@code id} of {@code s}, with the model's answer if it has one yet. */
    public void show(Samples s, int id) {
        Prediction p = s.prediction(id);
        title.setText(String.format(Locale.ROOT, "%s: true digit %d%s", s.describe(id), s.label(id),
                p == null ? " (not classified yet)" : String.format(Locale.ROOT, ", model says %d (%.1f%%)%s",
                        p.digit(), p.confidence() * 100, p.digit() == s.label(id) ? "" : " — wrong")));
        heatMap.setImage(s.image(id));
        card.setDigit(p == null ? null : new DigitReading(null, s.image(id), p));
        title.getParent().layout(true, true);
    }

    /**
     * @param whyNotSend null when Send to Draw may be pressed, else why not (its tooltip then says so)
     * @param explain    whether Why? may be pressed
     */
    public void enableActions(boolean selected, String whyNotSend, boolean explain) {
        send.setEnabled(selected && whyNotSend == null);
        send.setToolTipText(whyNotSend == null ? SEND_TIP : whyNotSend);
        why.setEnabled(explain);
    }

    public HeatMapView heatMap() {
        return heatMap;
    }

    public Button sendButton() {
        return send;
    }
}
