package org.digitworkbench.soak;

import java.util.ArrayList;
import java.util.List;

/**
 * The UI thread's stalls drawing by drawing, each drawing known by the predictions made up to its end, so that the
 * stalls of the first and of the last tenth of the predictions can be told apart however many predictions one
 * drawing makes.
 */
final class StallsByPrediction {

    private record Span(int predictionsBefore, int predictionsAfter, Heartbeat.Window window) {
    }

    private final List<Span> spans = new ArrayList<>();

    /** One drawing's heartbeat window, after which {@code predictions} had been made in all. */
    void add(int predictions, Heartbeat.Window window) {
        int before = spans.isEmpty() ? 0 : spans.get(spans.size() - 1).predictionsAfter();
        spans.add(new Span(before, predictions, window));
    }

    /** The drawings that made the first tenth of the predictions. */
    Heartbeat.Window firstTenth() {
        int end = Math.max(1, total() / 10);
        return merge(spans.stream().filter(s -> s.predictionsBefore() < end).toList());
    }

    /** The drawings that made the last tenth of the predictions. */
    Heartbeat.Window lastTenth() {
        int begin = total() - Math.max(1, total() / 10);
        return merge(spans.stream().filter(s -> s.predictionsAfter() > begin).toList());
    }

    private int total() {
        return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).predictionsAfter();
    }

    private static Heartbeat.Window merge(List<Span> chosen) {
        double longest = 0;
        long ticks = 0;
        for (Span s : chosen) {
            longest = Math.max(longest, s.window().longestGapMillis());
            ticks += s.window().ticks();
        }
        return new Heartbeat.Window(longest, ticks);
    }
}
