package org.digitworkbench.ui.prediction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.Topics;
import org.digitworkbench.api.corrections.Correction;
import org.digitworkbench.api.corrections.CorrectionStore;
import org.digitworkbench.api.ink.HandwrittenNumbers;
import org.digitworkbench.api.ink.Stroke;
import org.digitworkbench.api.ink.Strokes;
import org.digitworkbench.api.ink.UnipenReader;
import org.digitworkbench.api.reading.Reading;
import org.digitworkbench.tests.support.TestData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/** "That was a …": a user's correction saved from the Prediction view, and what happens when it cannot be. */
class CorrectionBarTest extends PredictionViews {

    @Test
    void thatWasACorrectionIsSavedWithStrokesInputsAndLabels() throws Exception {
        Path folder = Files.createTempDirectory("corrections");
        System.setProperty("digits.corrections", folder.toString());
        try {
            List<Correction> announced = harness.record(Topics.CORRECTION_SAVED, Correction.class);
            List<UnipenReader.PenDigit> digits = TestData.heldOutPenDigits();
            HandwrittenNumbers.Written w = HandwrittenNumbers.write(List.of(digits.get(5), digits.get(40)), 120,
                    HandwrittenNumbers.Style.neat(2, 0.4));
            Reading r = drawWritten(w);
            CorrectionBar bar = prediction.correctionBar();
            assertTrue(robot.waitUntil(() -> bar.digitBoxes().size() == r.digits().size(), 3000));
            assertEquals(r.number(), bar.digitBoxes().stream().map(Text::getText).reduce("", String::concat),
                    "the boxes offer what was read");
            int typed = (r.digits().get(0).prediction().digit() + 1) % 10;
            Text first = bar.digitBoxes().get(0);
            first.setFocus();
            robot.settle();
            robot.key(0x30 + typed); // X keysym of the digit key
            assertEquals(Integer.toString(typed), first.getText(), "focus on " + harness.display.getFocusControl()
                    + ", box at " + harness.display.map(first, null, first.getBounds()));
            Button save = bar.saveButton();
            robot.click(save, new Rectangle(0, 0, save.getSize().x, save.getSize().y));
            assertTrue(robot.waitUntil(() -> bar.status().getText().startsWith("Saved"), 10_000),
                    "status: " + bar.status().getText() + "; Save at " + harness.display.map(save, null,
                            save.getBounds()) + " in shell " + harness.shell.getBounds());

            CorrectionStore.Contents saved = new CorrectionStore(folder).load();
            assertEquals(1, saved.corrections().size());
            Correction c = saved.corrections().get(0);
            assertEquals(typed + r.number().substring(1), c.label());
            assertEquals(r.number(), c.predicted());
            assertEquals(drawing.strokes(), c.strokes(), "the drawing's strokes");
            assertArrayEquals(r.digits().get(0).image().pixels(), c.digits().get(0).input().pixels(),
                    "the 28×28 image the network saw");
            assertEquals(harness.context.get(DigitClassifier.class).info().name(), c.model());
            assertTrue(robot.waitUntil(() -> announced.size() == 1, 3000), "the other views are told");
        } finally {
            System.clearProperty("digits.corrections");
        }
    }

    /** A data folder that cannot be written: the view says why and where; the drawing stays as it was. */
    @Test
    void aCorrectionThatCannotBeSavedSaysWhyAndLosesNothing() throws Exception {
        Path notAFolder = Files.createTempFile("corrections", ".txt");
        System.setProperty("digits.corrections", notAFolder.resolve("corrections").toString());
        try {
            List<UnipenReader.PenDigit> digits = TestData.heldOutPenDigits();
            Point size = canvas.getSize();
            drawStrokes(Strokes.fit(digits.get(7).strokes(), size.x, size.y, size.y * 0.15f));
            currentReading();
            List<Stroke> before = drawing.strokes();
            Button save = prediction.correctionBar().saveButton();
            robot.click(save, new Rectangle(0, 0, save.getSize().x, save.getSize().y));
            Label status = prediction.correctionBar().status();
            assertTrue(robot.waitUntil(() -> status.getText().startsWith("cannot save the correction in "), 10_000),
                    "status: " + status.getText());
            assertTrue(status.getText().contains(notAFolder.toString()), status.getText());
            assertEquals(before, drawing.strokes(), "the drawing is kept");
            assertTrue(save.isEnabled(), "the user can try again");
        } finally {
            System.clearProperty("digits.corrections");
        }
    }

    /** Draws {@code w} with the mouse, its top left corner at (20, 20) of the canvas, and waits for its reading. */
}
