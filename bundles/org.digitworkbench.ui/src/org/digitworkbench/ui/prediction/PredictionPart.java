package org.digitworkbench.ui.prediction;

import java.util.Locale;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.ModelInfo;
import org.digitworkbench.api.Topics;
import org.digitworkbench.api.ink.DrawingSnapshot;
import org.digitworkbench.api.reading.DigitReading;
import org.digitworkbench.api.reading.Reading;
import org.digitworkbench.ui.preferences.UiPreferences;
import org.digitworkbench.ui.widgets.DigitCard;
import org.digitworkbench.ui.widgets.UiThread;
import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.EventTopic;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Prediction view: what the network reads in the Draw view — the number large, in words, how sure it is, and
 * for every digit the image the network saw with a bar per class. Drawings arrive on {@link Topics#DRAWING_CHANGED}
 * (live, unless switched off in the preferences) and {@link Topics#DRAWING_RECOGNIZE}; they are read off the UI
 * thread, newest first, by the classifier service this view receives by injection. Every finished reading is
 * logged and sent back on {@link Topics#READING}.
 */
public final class PredictionPart {

    static final String HINT = "Draw a digit or a number in the Draw view; it is read as you draw.";
    static final String LOADING = "Loading the model…";

    @Inject
    private IEventBroker broker;
    @Inject
    private UISynchronize ui;

    private volatile DigitClassifier classifier;
    private final LiveRecognizer recognizer = new LiveRecognizer(() -> classifier, this::readingDone);

    private Composite root;
    private Label number;
    private Label words;
    private Label confidence;
    private Label doubt;
    private Label hint;
    private Label latency;
    private Label model;
    private Composite cards;
    private ScrolledComposite scroller;
    private Font bigFont;
    private Reading shown;
    private CorrectionBar correctionBar;
    /** The newest drawing sent to be read: its strokes are what a correction saves. */
    private volatile DrawingSnapshot lastDrawing;

    @PostConstruct
    void createControls(Composite parent) {
        root = parent;
        GridLayoutFactory.swtDefaults().margins(12, 10).numColumns(2).applyTo(parent);
        number = new Label(parent, SWT.NONE);
        bigFont = FontDescriptor.createFrom(number.getFont()).setHeight(40).setStyle(SWT.BOLD)
                .createFont(parent.getDisplay());
        number.setFont(bigFont);
        GridDataFactory.swtDefaults().span(1, 2).align(SWT.BEGINNING, SWT.CENTER).hint(SWT.DEFAULT, SWT.DEFAULT)
                .applyTo(number);
        words = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(words);
        confidence = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(confidence);
        doubt = label(parent);
        doubt.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        hint = label(parent);
        scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(scroller);
        cards = new Composite(scroller, SWT.NONE);
        RowLayoutFactory.swtDefaults().spacing(12).wrap(true).applyTo(cards);
        scroller.setContent(cards);
        scroller.setExpandHorizontal(true);
        scroller.addListener(SWT.Resize, e -> layoutCards());
        correctionBar = new CorrectionBar(parent, ui, c -> broker.post(Topics.CORRECTION_SAVED, c));
        latency = label(parent);
        model = label(parent);
        show(null);
        showModel();
    }

    private static Label label(Composite parent) {
        Label l = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(l);
        return l;
    }

    /** The classifier service, followed as it changes (another model loaded) or goes away. */
    @Inject
    @Optional
    void setClassifier(@Service DigitClassifier service) {
        classifier = service;
        UiThread.later(ui, this::showModel);
        if (service != null) {
            recognizer.again();
        }
    }

    @Inject
    @Optional
    void drawingChanged(@EventTopic(Topics.DRAWING_CHANGED) DrawingSnapshot drawing) {
        if (drawing != null && (UiPreferences.live() || drawing.isEmpty())) {
            lastDrawing = drawing;
            recognizer.submit(drawing);
        }
    }

    @Inject
    @Optional
    void recognize(@EventTopic(Topics.DRAWING_RECOGNIZE) DrawingSnapshot drawing) {
        if (drawing != null) {
            lastDrawing = drawing;
            recognizer.submit(drawing);
        }
    }

    /** On the recognizer's thread: log, tell the other views, show. */
    private void readingDone(Reading reading) {
        if (!reading.isEmpty()) {
            ILog.of(PredictionPart.class).info(reading.logLine());
        }
        broker.post(Topics.READING, reading);
        UiThread.later(ui, () -> show(reading));
    }

    private void show(Reading reading) {
        if (root == null || root.isDisposed()) {
            return;
        }
        if (reading != null && shown != null && reading.version() < shown.version()) {
            return; // an answer for an older drawing arrived late
        }
        shown = reading;
        boolean empty = reading == null || reading.isEmpty();
        number.setText(empty ? "" : reading.number());
        words.setText(empty ? "" : NumberWords.of(reading.number()));
        confidence.setText(empty ? "" : String.format(Locale.ROOT, "confidence %.1f%%%s",
                reading.confidence() * 100, reading.digits().size() > 1 ? " (least sure digit)" : ""));
        String unsure = empty ? null : reading.doubt();
        doubt.setText(unsure == null ? "" : unsure);
        hint.setText(empty ? (classifier == null ? LOADING : HINT) : "");
        latency.setText(empty ? "" : String.format(Locale.ROOT, "last prediction %.1f ms", reading.latencyMillis()));
        for (Control c : cards.getChildren()) {
            c.dispose();
        }
        if (!empty) {
            for (DigitReading d : reading.digits()) {
                new DigitCard(cards).setDigit(d);
            }
        }
        DigitClassifier c = classifier;
        correctionBar.show(reading, lastDrawing, c == null ? "unknown" : c.info().name());
        layoutCards();
        root.layout(true, true);
    }

    private void layoutCards() {
        if (cards.isDisposed()) {
            return;
        }
        int width = Math.max(1, scroller.getClientArea().width);
        cards.setSize(cards.computeSize(width, SWT.DEFAULT));
        cards.layout(true);
    }

    private void showModel() {
        if (model == null || model.isDisposed()) {
            return;
        }
        DigitClassifier c = classifier;
        if (c == null) {
            model.setText("model: " + LOADING);
        } else {
            ModelInfo info = c.info();
            model.setText(Double.isNaN(info.testAccuracy()) ? "model " + info.name()
                    : String.format(Locale.ROOT, "model %s, %.2f%% on the MNIST test set", info.name(),
                            info.testAccuracy() * 100));
        }
        if (shown == null || shown.isEmpty()) {
            hint.setText(c == null ? LOADING : HINT);
        }
        root.layout(true, true);
    }

    /** What the view shows now; null before the first reading. */
    public Reading shown() {
        return shown;
    }

    Label numberLabel() {
        return number;
    }

    Label wordsLabel() {
        return words;
    }

    Label doubtLabel() {
        return doubt;
    }

    Label hintLabel() {
        return hint;
    }

    Label latencyLabel() {
        return latency;
    }

    Composite cards() {
        return cards;
    }

    CorrectionBar correctionBar() {
        return correctionBar;
    }

    @Focus
    void setFocus() {
        root.setFocus();
    }

    @PreDestroy
    void dispose() {
        recognizer.cancel();
        if (bigFont != null) {
            bigFont.dispose();
        }
    }
}
