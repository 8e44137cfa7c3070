package org.digitworkbench.api.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.Prediction;
import org.digitworkbench.api.ink.Stroke;
import org.digitworkbench.api.ink.StrokeInput;
import org.digitworkbench.api.ink.Strokes;

/**
 * Splits a drawn number into digits by weighing the plausible splits and letting the network judge each candidate
 * digit. Strokes are taken left to right (by their centres); a digit is a run of up to four neighbouring strokes.
 * A split is scored by the network's confidence in every digit it makes, plus what the geometry says: people leave
 * gaps between digits, not inside them; the strokes of one digit overlap or cross, while neighbouring digits at
 * most touch; a digit is seldom much wider than tall. So a 4 written in two strokes stays one digit, a 1 written
 * close beside a 7 stays a digit of its own, and a 7's bar added after the next digit still joins its 7.
 */
final class StrokeSegmenter {

    static final int MAX_STROKES_PER_DIGIT = 4;
    /** Strokes further apart horizontally than this share of the digit height are never one digit. */
    static final float LINK_GAP = 0.3f;
    /** A stroke smaller than this share of the digit height, overlapping no other, is a dot, not a digit. */
    static final float DOT = 0.15f;
    /** Strokes closer than this share of the digit height are joined (they cross, or one ends on the other). */
    static float JOINED = 0.015f;
    // Weights of the geometry against the network's log-probabilities, chosen on numbers written from the pen
    // digits of the training writers (1-20), never on the held-out ones.
    /** Cost of every digit read, against splitting a digit into confident fragments. */
    static double PER_DIGIT = 0.075;
    /** Cost of joining strokes that do not overlap horizontally into one digit. */
    static double JOIN_APART = 1.5;
    /** Further cost of joining such strokes, per digit height of horizontal gap between them. */
    static double JOIN_GAP = 8.0;
    /**
     * Cost of joining unjoined strokes that overlap horizontally by less than {@link #FIRM_OVERLAP} of the narrower
     * one's width (falling to 0 at that overlap).
     */
    static double JOIN_THIN = 3.0;
    static float FIRM_OVERLAP = 0.5f;
    /** Cost of a split between digits whose extents overlap, per digit height of overlap. */
    static double SPLIT_OVERLAP = 3.0;
    /** Cost of a split between digits whose strokes cross or join. */
    static double SPLIT_JOINED = 0.5;
    /** Cost of a digit wider than {@link #WIDE} digit heights, per digit height of excess. */
    static double TOO_WIDE = 6.0;
    static float WIDE = 1.1f;
    /** Cost of a digit shorter than {@link #SHORT} digit heights, per digit height of shortfall. */
    static double TOO_SHORT = 8.0;
    static float SHORT = 0.7f;

    /** A run of strokes that may be one digit, with the network's reading of it. */
    private record Candidate(int from, int to, Box box, double geometry, DigitImage image, Prediction prediction) {

        double score() {
            return Math.log(Math.max(prediction.confidence(), 1e-6f)) - PER_DIGIT - geometry;
        }
    }

    /** The strokes left to right, the height of a digit, and which strokes cross or join. */
    private record Layout(List<Stroke> strokes, float height, boolean[][] joined) {

        static Layout of(List<Stroke> drawn) {
            List<Stroke> strokes = new ArrayList<>(drawn);
            strokes.sort(Comparator.comparingDouble(s -> (s.minX() + s.maxX()) / 2));
            float height = digitHeight(strokes);
            int n = strokes.size();
            boolean[][] joined = new boolean[n][n];
            float near = JOINED * height;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    Stroke a = strokes.get(i);
                    Stroke b = strokes.get(j);
                    boolean close = a.minX() - near <= b.maxX() && b.minX() - near <= a.maxX()
                            && a.minY() - near <= b.maxY() && b.minY() - near <= a.maxY();
                    joined[i][j] = joined[j][i] = close && Strokes.distance(a, b) <= near;
                }
            }
            return new Layout(strokes, height, joined);
        }

        /** What it costs to say strokes i and j belong to one digit. */
        double pairCost(int i, int j) {
            Stroke a = strokes.get(i);
            Stroke b = strokes.get(j);
            float overlap = Math.min(a.maxX(), b.maxX()) - Math.max(a.minX(), b.minX());
            if (overlap <= 0) {
                return JOIN_APART + JOIN_GAP * -overlap / height;
            }
            float narrower = Math.max(0.05f * height, Math.min(a.maxX() - a.minX(), b.maxX() - b.minX()));
            return JOIN_THIN * Math.max(0, 1 - overlap / narrower / FIRM_OVERLAP);
        }

        /** The cheapest way to tie strokes [from, to) into one digit (a minimum spanning tree of join costs). */
        double joinCost(int from, int to) {
            int n = to - from;
            boolean[] in = new boolean[n];
            double[] best = new double[n];
            java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
            best[0] = 0;
            double total = 0;
            for (int step = 0; step < n; step++) {
                int next = -1;
                for (int k = 0; k < n; k++) {
                    if (!in[k] && (next < 0 || best[k] < best[next])) {
                        next = k;
                    }
                }
                in[next] = true;
                total += best[next];
                for (int k = 0; k < n; k++) {
                    if (!in[k]) {
                        best[k] = Math.min(best[k], pairCost(from + next, from + k));
                    }
                }
            }
            return total;
        }

        /** What speaks against [a, b) and [b, c) being different digits. */
        double splitCost(int a, int b, int c, Box left, Box right) {
            double cost = SPLIT_OVERLAP * Math.max(0, left.horizontalOverlap(right)) / height;
            for (int i = a; i < b; i++) {
                for (int j = b; j < c; j++) {
                    if (joined[i][j]) {
                        return cost + SPLIT_JOINED;
                    }
                }
            }
            return cost;
        }
    }

    private StrokeSegmenter() {
    }

    /** The digits of a drawing, left to right; {@code pen} only widens the boxes reported for display. */
    static List<DigitReading> read(DigitClassifier classifier, List<Stroke> drawn, float pen) {
        List<Stroke> kept = withoutDots(drawn);
        if (kept.isEmpty()) {
            return List.of();
        }
        Layout layout = Layout.of(kept);
        List<Stroke> strokes = layout.strokes();
        int n = strokes.size();
        List<Candidate> pending = new ArrayList<>();
        List<DigitImage> images = new ArrayList<>();
        for (int from = 0; from < n; from++) {
            for (int to = from + 1; to <= Math.min(n, from + MAX_STROKES_PER_DIGIT); to++) {
                List<Stroke> run = strokes.subList(from, to);
                if (innerGap(run) > LINK_GAP * layout.height()) {
                    break;
                }
                Optional<DigitImage> image = StrokeInput.of(run);
                if (image.isEmpty()) {
                    continue;
                }
                Box box = box(run);
                double geometry = layout.joinCost(from, to)
                        + TOO_WIDE * Math.max(0, box.width() / layout.height() - WIDE)
                        + TOO_SHORT * Math.max(0, SHORT - box.height() / layout.height());
                pending.add(new Candidate(from, to, box, geometry, image.get(), null));
                images.add(image.get());
            }
        }
        List<Prediction> predictions = images.size() == 1 ? List.of(classifier.classify(images.get(0)))
                : classifier.classifyAll(images);
        Candidate[][] candidates = new Candidate[n + 1][n + 1];
        for (int i = 0; i < pending.size(); i++) {
            Candidate c = pending.get(i);
            candidates[c.from][c.to] = new Candidate(c.from, c.to, c.box, c.geometry, c.image, predictions.get(i));
        }
        return best(candidates, layout, pen);
    }

    /** The best split by dynamic programming over (end of the last digit, start of the last digit). */
    private static List<DigitReading> best(Candidate[][] candidates, Layout layout, float pen) {
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
                    double s = score[from][before] + c.score() - layout.splitCost(before, from, to, p.box, c.box);
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
            Box b = c.box;
            digits.add(0, new DigitReading(new Box(b.x0() - r, b.y0() - r, b.x1() + r, b.y1() + r), c.image,
                    c.prediction));
            int before = previousStart[to][from];
            to = from;
            from = before;
        }
        return digits;
    }

    /** The widest horizontal gap between the strokes of a run (0 when their extents overlap into one). */
    private static double innerGap(List<Stroke> run) {
        List<Stroke> byLeft = new ArrayList<>(run);
        byLeft.sort(Comparator.comparingDouble(Stroke::minX));
        double gap = 0;
        float reach = byLeft.get(0).maxX();
        for (Stroke s : byLeft) {
            gap = Math.max(gap, s.minX() - reach);
            reach = Math.max(reach, s.maxX());
        }
        return gap;
    }

    /** The height of a digit of this drawing: the upper quartile of the strokes' heights (bars and hats are low). */
    private static float digitHeight(List<Stroke> strokes) {
        float[] heights = new float[strokes.size()];
        for (int i = 0; i < heights.length; i++) {
            heights[i] = strokes.get(i).maxY() - strokes.get(i).minY();
        }
        java.util.Arrays.sort(heights);
        float upper = heights[(heights.length * 3) / 4];
        float widest = 0;
        for (Stroke s : strokes) {
            widest = Math.max(widest, s.maxX() - s.minX());
        }
        return Math.max(1f, Math.max(upper, 0.5f * widest));
    }

    /** Drops dots: strokes much smaller than the digits that overlap no other stroke horizontally. */
    private static List<Stroke> withoutDots(List<Stroke> drawn) {
        float height = drawn.isEmpty() ? 0 : digitHeight(drawn);
        List<Stroke> kept = new ArrayList<>();
        for (Stroke s : drawn) {
            float extent = Math.max(s.maxX() - s.minX(), s.maxY() - s.minY());
            if (extent >= DOT * height && extent > 0) {
                kept.add(s);
                continue;
            }
            boolean alone = true;
            for (Stroke t : drawn) {
                alone &= t == s || Math.min(s.maxX(), t.maxX()) < Math.max(s.minX(), t.minX());
            }
            if (!alone && extent > 0) {
                kept.add(s);
            }
        }
        return kept;
    }

    private static Box box(List<Stroke> strokes) {
        Box b = null;
        for (Stroke s : strokes) {
            Box sb = new Box(s.minX(), s.minY(), s.maxX(), s.maxY());
            b = b == null ? sb : b.union(sb);
        }
        return b;
    }
}
