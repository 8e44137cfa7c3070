package org.digitworkbench.ui.prediction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.Topics;
import org.digitworkbench.api.corrections.Correction;
import org.digitworkbench.api.corrections.CorrectionStore;
import org.digitworkbench.api.ink.DrawingSnapshot;
import org.digitworkbench.api.ink.HandwrittenNumbers;
import org.digitworkbench.api.ink.Stroke;
import org.digitworkbench.api.ink.Strokes;
import org.digitworkbench.api.ink.UnipenReader;
import org.digitworkbench.api.reading.NumberReader;
import org.digitworkbench.api.reading.Reading;
import org.digitworkbench.tests.support.PartHarness;
import org.digitworkbench.tests.support.SwtRobot;
import org.digitworkbench.tests.support.TestData;
import org.digitworkbench.ui.draw.DrawPart;
import org.digitworkbench.ui.draw.Drawing;
import org.digitworkbench.ui.draw.DrawingCanvas;
import org.digitworkbench.ui.draw.commands.ClearHandler;
import org.digitworkbench.ui.draw.commands.RecognizeHandler;
import org.digitworkbench.ui.preferences.UiPreferences;
import org.digitworkbench.ui.widgets.DigitCard;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real Draw and Prediction parts side by side in a real Shell, the real classifier service behind them,
 * driven with real pen strokes through the mouse.
 */
class PredictionPartTest {

    private PartHarness harness;
    private Drawing drawing;
    private DrawPart draw;
    private PredictionPart prediction;
    private SwtRobot robot;
    private Control canvas;

    @BeforeEach
    void openParts() {
        UiPreferences.setPenWidth(UiPreferences.DEFAULT_PEN_WIDTH);
        UiPreferences.setLive(true);
        harness = new PartHarness(1500, 760);
        drawing = new Drawing();
        harness.context.set(Drawing.class, drawing);
        draw = harness.make(DrawPart.class);
        prediction = harness.make(PredictionPart.class);
        harness.open();
        robot = harness.robot;
        canvas = harness.find(DrawingCanvas.class);
        assertTrue(robot.waitUntil(() -> !PredictionPart.LOADING.equals(prediction.hintLabel().getText()), 120_000),
                "the model service arrived");
    }

    @AfterEach
    void close() {
        harness.close();
        UiPreferences.setLive(true);
        UiPreferences.setPenWidth(UiPreferences.DEFAULT_PEN_WIDTH);
    }

    /** Waits until the view shows the reading of the drawing as it is now. */
    private Reading currentReading() {
        assertTrue(robot.waitUntil(() -> prediction.shown() != null
                && prediction.shown().version() == drawing.version(), 10_000),
                "the view shows the reading of drawing version " + drawing.version());
        return prediction.shown();
    }

    private void drawStrokes(List<Stroke> strokes) {
        harness.execute(ClearHandler.class, draw);
        for (Stroke s : strokes) {
            robot.draw(canvas, s);
        }
    }

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
    private Reading drawWritten(HandwrittenNumbers.Written w) {
        drawStrokes(w.strokes().stream().map(s -> s.transformed(1f, 20, 20)).toList());
        return currentReading();
    }

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

    @Test
    void readingUpdatesWhileTheStrokeIsStillBeingDrawn() {
        Point size = canvas.getSize();
        float x = size.x / 2f;
        robot.moveTo(canvas, x, size.y * 0.15f);
        robot.press(1);
        for (int i = 1; i <= 40; i++) {
            robot.moveTo(canvas, x + (i % 2), size.y * (0.15f + 0.7f * i / 40));
        }
        assertTrue(robot.waitUntil(() -> drawing.strokes().get(0).maxY() > size.y * 0.8f, 3000),
                "the moves arrived");
        assertTrue(drawing.isDrawing(), "the mouse button is still down");
        Reading midStroke = currentReading();
        assertFalse(midStroke.isEmpty(), "a reading arrived before the stroke was finished");
        robot.release(1);
        assertEquals("1", currentReading().number(), "a straight vertical stroke reads as 1");
    }

    @Test
    void withLiveOffOnlyRecognizeReads() {
        UiPreferences.setLive(false);
        robot.draw(canvas, new Stroke(new float[] {200, 60, 205, 300}));
        robot.settle();
        assertTrue(prediction.shown() == null || prediction.shown().version() != drawing.version(),
                "no reading without Recognize");
        assertTrue(harness.execute(RecognizeHandler.class, draw));
        assertEquals("1", currentReading().number());
    }

    @Test
    void everyFinishedPredictionIsLoggedInOneLine() {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        ILogListener listener = (status, plugin) -> {
            if (status.getSeverity() == IStatus.INFO && status.getMessage().startsWith("prediction ")) {
                lines.add(status.getMessage());
            }
        };
        Platform.addLogListener(listener);
        try {
            robot.draw(canvas, new Stroke(new float[] {200, 60, 205, 300}));
            Reading r = currentReading();
            assertTrue(robot.waitUntil(() -> !lines.isEmpty(), 3000), "a prediction line in the log");
            String last = lines.get(lines.size() - 1);
            assertTrue(last.matches("prediction digits=\\d+ confidence=\\d\\.\\d{4} latency_ms=\\d+\\.\\d"), last);
            assertEquals(r.logLine(), last);
        } finally {
            Platform.removeLogListener(listener);
        }
    }

    /**
     * Live prediction must not make the UI stutter: a timer on the UI thread measures the longest gap between its
     * runs while real pen digits are drawn. The same timer sees when the view starts showing the reading of a
     * drawing version, which gives the latency from the mouse move that made that version to the updated view.
     * Figures are printed; only the hard limit (50 ms stall) is asserted.
     */
    @Test
    void uiThreadStallsAndLiveLatencyWhileDrawing() throws IOException {
        List<UnipenReader.PenDigit> digits = TestData.penDigits();
        Point size = canvas.getSize();
        List<Long> gaps = new ArrayList<>();
        List<Double> latencies = new ArrayList<>();
        java.util.Map<Long, Long> movedAt = new java.util.HashMap<>();
        canvas.addListener(org.eclipse.swt.SWT.MouseMove, e -> movedAt.put(drawing.version(), System.nanoTime()));
        long[] last = {System.nanoTime(), -1};
        boolean[] running = {true};
        Runnable tick = new Runnable() {
            @Override
            public void run() {
                long now = System.nanoTime();
                gaps.add(now - last[0]);
                last[0] = now;
                Reading shown = prediction.shown();
                if (shown != null && shown.version() != last[1]) {
                    last[1] = shown.version();
                    Long moved = movedAt.get(shown.version());
                    if (moved != null) {
                        latencies.add((now - moved) / 1e6);
                    }
                }
                if (running[0]) {
                    harness.display.timerExec(2, this);
                }
            }
        };
        harness.display.timerExec(2, tick);
        try {
            for (int i = 11; i < digits.size(); i += 733) {
                drawStrokes(Strokes.fit(digits.get(i).strokes(), size.x, size.y, size.y * 0.15f));
                currentReading();
            }
        } finally {
            running[0] = false;
        }
        long[] sortedGaps = gaps.stream().mapToLong(Long::longValue).sorted().toArray();
        double[] sortedLatencies = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double maxStall = sortedGaps[sortedGaps.length - 1] / 1e6;
        System.out.printf("UI thread while drawing with live prediction: %d timer ticks, longest stall %.1f ms, "
                + "p99 %.1f ms; mouse move -> view updated: p50 %.1f ms, p99 %.1f ms (%d readings shown)%n",
                sortedGaps.length, maxStall, sortedGaps[(int) (sortedGaps.length * 0.99)] / 1e6,
                percentile(sortedLatencies, 50), percentile(sortedLatencies, 99), sortedLatencies.length);
        assertTrue(sortedLatencies.length > 10, "readings were shown while drawing");
        assertTrue(maxStall <= 50, "longest UI-thread stall " + maxStall + " ms " + Arrays.toString(
                Arrays.copyOfRange(sortedGaps, Math.max(0, sortedGaps.length - 5), sortedGaps.length)));
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
