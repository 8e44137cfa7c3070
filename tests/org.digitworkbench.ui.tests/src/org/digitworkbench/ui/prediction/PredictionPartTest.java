package org.digitworkbench.ui.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.ink.DrawingSnapshot;
import org.digitworkbench.api.ink.HandwrittenNumbers;
import org.digitworkbench.api.ink.Stroke;
import org.digitworkbench.api.ink.Strokes;
import org.digitworkbench.api.ink.UnipenReader;
import org.digitworkbench.api.reading.NumberReader;
import org.digitworkbench.api.reading.Reading;
import org.digitworkbench.tests.support.SwtRobot;
import org.digitworkbench.tests.support.TestData;
import org.digitworkbench.ui.draw.DrawingCanvas;
import org.digitworkbench.ui.draw.commands.ClearHandler;
import org.digitworkbench.ui.preferences.UiPreferences;
import org.digitworkbench.ui.widgets.DigitCard;
import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real Draw and Prediction parts side by side in a real Shell, the real classifier service behind them,
 * driven with real pen strokes through the mouse: what the view shows.
 */
class PredictionPartTest extends PredictionViews {

    @Test
    void emptyCanvasShowsAHintAndNoPrediction() {
        robot.draw(canvas, new Stroke(new float[] {100, 100, 140, 300}));
        assertFalse(currentReading().isEmpty());
        assertTrue(harness.execute(ClearHandler.class, draw));
        Reading r = currentReading();
        assertTrue(r.isEmpty());
        assertEquals("", prediction.numberLabel().getText());
        assertEquals(PredictionPart.HINT, prediction.hintLabel().getText());
        assertEquals(0, prediction.cards().getChildren().length);
    }

    @Test
    void realPenDigitsAreReadWithWordsBarsAndLatency() throws IOException {
        List<UnipenReader.PenDigit> digits = TestData.heldOutPenDigits();
        Point size = canvas.getSize();
        int correct = 0;
        int n = 0;
        for (int i = 3; i < digits.size(); i += 61) {
            UnipenReader.PenDigit d = digits.get(i);
            drawStrokes(Strokes.fit(d.strokes(), size.x, size.y, size.y * 0.15f));
            Reading r = currentReading();
            n++;
            if (r.number().equals(String.valueOf(d.label()))) {
                correct++;
            }
            assertEquals(1, r.digits().size(), "one digit drawn, one digit read (pen digit " + i + ")");
            assertEquals(r.number(), prediction.numberLabel().getText());
            assertEquals(NumberWords.of(r.number()), prediction.wordsLabel().getText());
            assertEquals(1, prediction.cards().getChildren().length, "one card with image and bars");
            assertTrue(prediction.latencyLabel().getText().matches("last prediction [0-9.]+ ms"),
                    prediction.latencyLabel().getText());
        }
        double accuracy = correct / (double) n;
        System.out.printf("live view, %d real pen digits of the held-out writers drawn with the mouse: accuracy %.3f%n",
                n, accuracy);
        assertTrue(accuracy >= 0.85, "accuracy " + accuracy);
    }

    /**
     * "That was a …": the boxes offer what was read, the user clicks one and types the true digit, clicks Save;
     * the drawing's strokes, each digit's 28×28 input, the labels and the model are in the user's data set, and
     * the other views are told.
     */
    /**
     * Numbers of 2 to 5 digits written the way a person writes a zip code — digits 40 and 80 pixels tall, uneven
     * gaps, some touching, off the baseline, late strokes — by writers the model never saw, drawn with the mouse
     * and the default pen. The view shows a card per digit and the canvas a box per digit.
     */
    @Test
    void numbersWrittenAsPeopleWriteThemAreRead() throws IOException {
        java.util.Map<Integer, List<UnipenReader.PenDigit>> byWriter = new java.util.TreeMap<>();
        for (UnipenReader.PenDigit d : TestData.heldOutPenDigits()) {
            byWriter.computeIfAbsent(d.writer(), w -> new ArrayList<>()).add(d);
        }
        List<Integer> writers = new ArrayList<>(byWriter.keySet());
        Point size = canvas.getSize();
        int numbers = 0;
        int rightCount = 0;
        int rightNumbers = 0;
        for (int height : new int[] {40, 80}) {
            for (int i = 0; i < 20; i++) {
                java.util.Random random = new java.util.Random(height * 100 + i);
                List<UnipenReader.PenDigit> own = byWriter.get(writers.get(i % writers.size()));
                List<UnipenReader.PenDigit> chosen = new ArrayList<>();
                for (int k = 0, n = 2 + i % 4; k < n; k++) {
                    chosen.add(own.get(random.nextInt(own.size())));
                }
                HandwrittenNumbers.Written w = HandwrittenNumbers.write(chosen, height, random);
                assertTrue(w.width() + 20 < size.x && w.height() + 20 < size.y, "the number fits the canvas");
                Reading r = drawWritten(w);
                numbers++;
                rightCount += r.digits().size() == chosen.size() ? 1 : 0;
                rightNumbers += r.number().equals(w.text()) ? 1 : 0;
                assertEquals(r.number(), prediction.numberLabel().getText());
                assertEquals(r.digits().size(), prediction.cards().getChildren().length, "a card per digit");
                DrawingCanvas drawn = (DrawingCanvas) canvas;
                assertTrue(robot.waitUntil(() -> drawn.reading() != null && drawn.reading().version() == r.version(),
                        3000), "the canvas shows the reading");
                assertEquals(r.digits().size(), drawn.reading().digits().size(), "a box per digit on the canvas");
            }
        }
        System.out.printf("live view, %d numbers of 2-5 real pen digits (held-out writers) written 40 and 80 px tall "
                + "with the default pen: %d split into the right number of digits, %d read entirely right%n",
                numbers, rightCount, rightNumbers);
        assertTrue(rightCount >= numbers * 0.9, rightCount + " of " + numbers + " split right");
        assertTrue(rightNumbers >= numbers * 0.8, rightNumbers + " of " + numbers + " read right");
    }

    /**
     * Whatever the pen and whatever the size, the network is given MNIST's stroke: the same digits drawn small with
     * a fat pen and large with a thin one give the same answers, and the view shows the very 28×28 image the
     * network saw.
     */
    @Test
    void thePenAndTheSizeChangeNothingTheNetworkSees() throws IOException {
        List<UnipenReader.PenDigit> digits = TestData.heldOutPenDigits();
        int[][] cells = {{40, 40}, {40, 8}, {160, 26}, {160, 40}};
        List<List<String>> answers = new ArrayList<>();
        for (int[] cell : cells) {
            UiPreferences.setPenWidth(cell[1]);
            List<String> read = new ArrayList<>();
            for (int i = 7; i < digits.size(); i += 211) {
                Reading r = drawWritten(HandwrittenNumbers.write(List.of(digits.get(i)), cell[0],
                        HandwrittenNumbers.Style.neat(1, 0)));
                read.add(r.number());
                assertEquals(1, r.digits().size(), "one digit at " + cell[0] + " px with a " + cell[1] + " px pen");
                assertCardShowsTheNetworksImage(r);
            }
            answers.add(read);
        }
        int same = 0;
        for (int k = 0; k < answers.get(0).size(); k++) {
            final int index = k;
            same += answers.stream().map(a -> a.get(index)).distinct().count() == 1 ? 1 : 0;
        }
        System.out.printf("the same %d digits drawn 40 px tall with pens of 40 and 8 px and 160 px tall with 26 and 40 "
                + "px: %d read alike in all four%n", answers.get(0).size(), same);
        assertTrue(same >= answers.get(0).size() - 1, same + " of " + answers.get(0).size() + " alike");
    }

    /** The card's picture is the network's input, pixel for pixel (each enlarged to a square). */
    private void assertCardShowsTheNetworksImage(Reading r) {
        DigitCard card = (DigitCard) prediction.cards().getChildren()[0];
        assertTrue(robot.waitUntil(() -> card.digit() == r.digits().get(0), 3000), "the card shows this reading");
        org.eclipse.swt.graphics.ImageData shot = robot.capture(card);
        org.digitworkbench.api.DigitImage seen = r.digits().get(0).image();
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                int expected = Math.round(seen.get(x, y) * 255);
                int shown = SwtRobot.luminance(shot, x * DigitCard.SCALE + 1, y * DigitCard.SCALE + 1);
                assertEquals(expected, shown, 3, "card pixel " + x + "," + y);
            }
        }
    }

    @Test
    void numbersAreSpelledOut() {
        assertEquals("seven", NumberWords.of("7"));
        assertEquals("two thousand twenty-six", NumberWords.of("2026"));
        assertEquals("zero zero seven", NumberWords.of("007"));
        assertEquals("", NumberWords.of(""));
    }

    /** An unsure answer is said plainly, with the two candidates. */
    @Test
    void lowConfidenceIsSaidPlainly() throws Exception {
        DigitClassifier classifier = harness.context.get(DigitClassifier.class);
        assertNotNull(classifier, "the classifier service");
        Point size = canvas.getSize();
        List<UnipenReader.PenDigit> digits = TestData.penDigits();
        for (int i = 0; i < digits.size(); i++) {
            List<Stroke> strokes = Strokes.fit(digits.get(i).strokes(), size.x, size.y, size.y * 0.15f);
            Reading offline = NumberReader.read(classifier,
                    new DrawingSnapshot(0, strokes, size.x, size.y, UiPreferences.DEFAULT_PEN_WIDTH));
            if (offline.digits().size() == 1 && offline.confidence() < 0.6f) {
                drawStrokes(strokes);
                Reading r = currentReading();
                String doubt = prediction.doubtLabel().getText();
                assertTrue(doubt.matches("not sure: \\d or \\d\\?"), "'" + doubt + "' for " + r.number());
                assertTrue(doubt.contains(r.digits().get(0).prediction().digit() + " or "
                        + r.digits().get(0).prediction().runnerUp()));
                return;
            }
        }
        Assumptions.abort("no unsure pen digit found");
    }
}
