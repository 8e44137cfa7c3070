package org.digitworkbench.ui.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.digitworkbench.api.ink.Stroke;
import org.digitworkbench.api.ink.Strokes;
import org.digitworkbench.api.ink.UnipenReader;
import org.digitworkbench.api.reading.Reading;
import org.digitworkbench.tests.support.TestData;
import org.digitworkbench.ui.draw.commands.RecognizeHandler;
import org.digitworkbench.ui.preferences.UiPreferences;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.Test;

/** Reading while the user draws: updates during a stroke, the live switch, the log line, and the UI thread's stalls. */
class LiveReadingTest extends PredictionViews {

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
     * Figures are printed, not asserted (they follow the machine's load: 12 ms quiet, 70 ms with builds beside); the
     * assertion only catches a UI thread that waits for the network (a stall of a second or more).
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
        assertTrue(maxStall < 1000, "the UI thread waited for the network: longest stall " + maxStall + " ms " + Arrays.toString(
                Arrays.copyOfRange(sortedGaps, Math.max(0, sortedGaps.length - 5), sortedGaps.length)));
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
