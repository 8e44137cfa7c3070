package org.digitworkbench.ui.prediction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.digitworkbench.api.corrections.CorrectedDigit;
import org.digitworkbench.api.corrections.Correction;
import org.digitworkbench.api.corrections.CorrectionStore;
import org.digitworkbench.api.ink.DrawingSnapshot;
import org.digitworkbench.api.reading.DigitReading;
import org.digitworkbench.api.reading.Reading;
import org.digitworkbench.ui.widgets.UiThread;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * "That was a [3][1] Save": one box per digit read, filled with what the network said; the user types the true
 * digits and saves the drawing with them into their data set ({@link CorrectionStore}), off the UI thread. A save
 * that fails says why and where, and the drawing stays on the canvas.
 */
final class CorrectionBar {

    private final Composite row;
    private final Composite boxes;
    private final Button save;
    private final Label status;
    private final UISynchronize ui;
    private final Consumer<Correction> saved;
    private final List<Text> digits = new ArrayList<>();
    private Reading reading;
    private DrawingSnapshot drawing;
    private String model;

    CorrectionBar(Composite parent, UISynchronize ui, Consumer<Correction> saved) {
        this.ui = ui;
        this.saved = saved;
        row = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(row);
        RowLayoutFactory.fillDefaults().spacing(6).center(true).wrap(true).applyTo(row);
        new Label(row, SWT.NONE).setText("That was a");
        boxes = new Composite(row, SWT.NONE);
        RowLayoutFactory.fillDefaults().spacing(2).applyTo(boxes);
        save = new Button(row, SWT.PUSH);
        save.setText("Save to my data");
        save.setToolTipText("Keep this drawing with the digits you typed: the MNIST Browser shows it under "
                + "\"Yours\", and Fine-tune learns from it");
        save.addListener(SWT.Selection, e -> save());
        status = new Label(row, SWT.WRAP);
        show(null, null, null);
    }

    /** Offers the digits of this reading for correction; null hides the boxes. */
    void show(Reading reading, DrawingSnapshot drawing, String model) {
        this.reading = reading;
        this.drawing = drawing;
        this.model = model;
        boolean offer = reading != null && !reading.isEmpty();
        int wanted = offer ? reading.digits().size() : 0;
        // readings arrive while the user draws: reuse the boxes, only their number changes now and then
        while (digits.size() > wanted) {
            digits.remove(digits.size() - 1).dispose();
        }
        while (digits.size() < wanted) {
            digits.add(box(digits.size()));
        }
        for (int i = 0; i < wanted; i++) {
            digits.get(i).setText(Integer.toString(reading.digits().get(i).prediction().digit()));
        }
        row.setVisible(offer);
        ((GridData) row.getLayoutData()).exclude = !offer;
        // the strokes saved must be those read: while the user is still drawing, the reading lags behind
        save.setEnabled(offer && drawing != null && drawing.version() == reading.version());
    }

    /** One digit: typing a digit replaces it and moves on to the next box, so a whole number is typed in one go. */
    private Text box(int index) {
        Text box = new Text(boxes, SWT.BORDER | SWT.CENTER);
        box.setTextLimit(1);
        box.addListener(SWT.Verify, e -> e.doit = e.text.chars().allMatch(Character::isDigit));
        box.addListener(SWT.FocusIn, e -> box.selectAll());
        box.addListener(SWT.KeyDown, e -> {
            if (Character.isDigit(e.character)) {
                box.setText(String.valueOf(e.character));
                e.doit = false;
                if (index + 1 < digits.size()) {
                    digits.get(index + 1).setFocus();
                }
            }
        });
        return box;
    }

    /** A line from the last save, for the user (and tests). */
    Label status() {
        return status;
    }

    List<Text> digitBoxes() {
        return digits;
    }

    Button saveButton() {
        return save;
    }

    private void save() {
        if (reading == null || drawing == null || drawing.version() != reading.version()) {
            return;
        }
        List<CorrectedDigit> corrected = new ArrayList<>();
        for (int i = 0; i < digits.size(); i++) {
            String typed = digits.get(i).getText();
            if (typed.isEmpty()) {
                status.setText("Type the digit of box " + (i + 1) + " first.");
                row.layout(true, true);
                return;
            }
            DigitReading d = reading.digits().get(i);
            corrected.add(new CorrectedDigit(d.bounds(), d.image(), d.prediction().digit(), typed.charAt(0) - '0'));
        }
        Correction correction = Correction.of(model, drawing.strokes(), corrected);
        CorrectionStore store = CorrectionStore.forUser();
        save.setEnabled(false);
        Job job = Job.create("Saving your correction", monitor -> {
            String message;
            try {
                store.save(correction);
                message = "Saved \"" + correction.label() + "\" to your data (" + store.folder() + ").";
                saved.accept(correction);
            } catch (IOException e) {
                ILog.of(CorrectionBar.class).error(e.getMessage(), e);
                message = e.getMessage();
            }
            String line = message;
            UiThread.later(ui, () -> {
                if (!status.isDisposed()) {
                    status.setText(line);
                    save.setEnabled(true);
                    row.getParent().layout(true, true);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }
}
