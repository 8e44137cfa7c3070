package org.digitworkbench.api.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.Prediction;
import org.digitworkbench.api.ink.Stroke;
import org.digitworkbench.api.ink.StrokeInput;

/**
 * Splits a drawn number into digits by weighing the plausible splits and letting the network judge each candidate
 * digit. A digit is a run of up to four neighbouring strokes, left to right ({@link StrokeLayout}). A split is
 * scored by the network's confidence in every digit it makes, less what the geometry says against it. So a 4
 * written in two strokes stays one digit, a 1 written close beside a 7 stays a digit of its own, and a 7's bar
 * added after the next digit was begun still joins its 7.
 */
final class StrokeSegmenter {

    static final int MAX_STROKES_PER_DIGIT = 4;
    /** Strokes further apart horizontally than this share of the digit height are never one digit. */
    static final float LINK_GAP = 0.3f;
    /**
     * Cost of every digit read (in log-probability), against splitting a digit into confident fragments; chosen
     * with the costs of {@link StrokeLayout} on the training writers.
     */
    static final double PER_DIGIT = 0.075;

    /** A run of strokes that may be one digit, with the network's reading of it. */
    private record Candidate(int from, int to, double geometry, DigitImage image, Prediction prediction) {

        double score() {
            return Math.log(Math.max(prediction.confidence(), 1e-6f)) - PER_DIGIT - geometry;
        }
    }

    private StrokeSegmenter() {
    }

    /**
     * The digits of a drawing, left to right; {@code pen} only widens the boxes reported for display. Candidates
     * the memory holds are not drawn or classified again.
     */
    static List<DigitReading> read(DigitClassifier classifier, List<Stroke> drawn, float pen, DigitMemory memory) {
        StrokeLayout layout = StrokeLayout.of(drawn);
        List<Stroke> strokes = layout.strokes();
        int n = strokes.size();
        if (n == 0) {
            return List.of();
        }
        Candidate[][] candidates = new Candidate[n + 1][n + 1];
        List<Candidate> unknown = new ArrayList<>();
        for (int from = 0; from < n; from++) {
            for (int to = from + 1; to <= Math.min(n, from + MAX_STROKES_PER_DIGIT); to++) {
                if (layout.innerGap(from, to) > LINK_GAP * layout.height()) {
                    break;
                }
                List<Stroke> run = strokes.subList(from, to);
                double geometry = layout.digitCost(from, to);
                DigitMemory.Seen seen = memory.recall(classifier, run);
                if (seen != null) {
                    candidates[from][to] = new Candidate(from, to, geometry, seen.image(), seen.prediction());
                    continue;
                }
                Optional<DigitImage> image = StrokeInput.of(run);
                if (image.isPresent()) {
                    unknown.add(new Candidate(from, to, geometry, image.get(), null));
                }
            }
        }
        List<DigitImage> images = unknown.stream().map(Candidate::image).toList();
        List<Prediction> predictions = images.size() == 1 ? List.of(classifier.classify(images.get(0)))
                : classifier.classifyAll(images);
        for (int i = 0; i < unknown.size(); i++) {
            Candidate c = unknown.get(i);
            candidates[c.from][c.to] = new Candidate(c.from, c.to, c.geometry, c.image, predictions.get(i));
            memory.remember(classifier, strokes.subList(c.from, c.to), new DigitMemory.Seen(c.image,
                    predictions.get(i)));
        }
        return best(candidates, layout, pen);
    }

    /** The best split by dynamic programming over (end of the last digit, start of the last digit). */
    private static List<DigitReading> best(Candidate[][] candidates, StrokeLayout layout, float pen) {
        int n = layout.strokes().size();
        double[][] score = new double[n + 1][n + 1];
        int[][] previousStart = new int[n + 1][n + 1];
        for (double[] row : score) {
            java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        for (int to = 1; to <= n; to++) {
            for (int from = 0; from < to; from++) {
                Candidate c = candidates[from][to];
                if (c == null) {
                    continue;
                }
                if (from == 0) {
                    score[to][from] = c.score();
                    previousStart[to][from] = -1;
                    continue;
                }
                for (int before = 0; before < from; before++) {
                    Candidate p = candidates[before][from];
                    if (p == null || score[from][before] == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    double s = score[from][before] + c.score() - layout.splitCost(before, from, to);
                    if (s > score[to][from]) {
                        score[to][from] = s;
                        previousStart[to][from] = before;
                    }
                }
            }
        }
        int bestFrom = -1;
        for (int from = 0; from < n; from++) {
            if (score[n][from] > Double.NEGATIVE_INFINITY && (bestFrom < 0 || score[n][from] > score[n][bestFrom])) {
                bestFrom = from;
            }
        }
        List<DigitReading> digits = new ArrayList<>();
        int to = n;
        int from = bestFrom;
        float r = pen / 2;
        while (from >= 0) {
            Candidate c = candidates[from][to];
            Box b = layout.box(from, to);
            digits.add(0, new DigitReading(new Box(b.x0() - r, b.y0() - r, b.x1() + r, b.y1() + r), c.image,
                    c.prediction));
            int before = previousStart[to][from];
            to = from;
            from = before;
        }
        return digits;
    }
}
