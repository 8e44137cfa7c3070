package org.digitworkbench.api.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.digitworkbench.api.ink.Stroke;
import org.digitworkbench.api.ink.Strokes;

/**
 * The geometry of a drawn number: its strokes left to right (by their centres, dots left out), the height of a
 * digit, which strokes cross or join, and what the geometry says for and against strokes being one digit. People
 * leave gaps between digits, not inside them; the strokes of one digit overlap or cross, while neighbouring digits
 * at most touch; a digit is seldom much wider than tall, or much shorter than its neighbours.
 */
final class StrokeLayout {

    /** A stroke smaller than this share of the digit height, overlapping no other, is a dot, not a digit. */
    static final float DOT = 0.15f;
    /** Strokes closer than this share of the digit height are joined (they cross, or one ends on the other). */
    static final float JOINED = 0.015f;
    // Costs in units of the network's log-probability, chosen on numbers written from the pen digits of the
    // training writers (1-20), never on the held-out ones.
    /** Cost of joining strokes that do not overlap horizontally into one digit. */
    static final double JOIN_APART = 1.5;
    /** Further cost of joining such strokes, per digit height of horizontal gap between them. */
    static final double JOIN_GAP = 8.0;
    /**
     * Cost of joining strokes that overlap horizontally by less than {@link #FIRM_OVERLAP} of the narrower one's
     * width (falling to 0 at that overlap).
     */
    static final double JOIN_THIN = 3.0;
    static final float FIRM_OVERLAP = 0.5f;
    /** Cost of a split between digits whose extents overlap, per digit height of overlap. */
    static final double SPLIT_OVERLAP = 3.0;
    /** Cost of a split between digits whose strokes cross or join. */
    static final double SPLIT_JOINED = 0.5;
    /** Cost of a digit wider than {@link #WIDE} digit heights, per digit height of excess. */
    static final double TOO_WIDE = 6.0;
    static final float WIDE = 1.1f;
    /** Cost of a digit shorter than {@link #SHORT} digit heights, per digit height of shortfall. */
    static final double TOO_SHORT = 8.0;
    static final float SHORT = 0.7f;

    private final List<Stroke> strokes;
    private final float height;
    private final boolean[][] joined;

    private StrokeLayout(List<Stroke> strokes) {
        this.strokes = strokes;
        this.height = digitHeight(strokes);
        int n = strokes.size();
        joined = new boolean[n][n];
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
    }

    /** The layout of a drawing's strokes, dots left out (it may hold no stroke at all). */
    static StrokeLayout of(List<Stroke> drawn) {
        List<Stroke> strokes = withoutDots(drawn);
        strokes.sort(Comparator.comparingDouble(s -> (s.minX() + s.maxX()) / 2));
        return new StrokeLayout(strokes);
    }

    List<Stroke> strokes() {
        return strokes;
    }

    float height() {
        return height;
    }

    /** What it costs to say strokes i and j belong to one digit. */
    private double pairCost(int i, int j) {
        Stroke a = strokes.get(i);
        Stroke b = strokes.get(j);
        float overlap = Math.min(a.maxX(), b.maxX()) - Math.max(a.minX(), b.minX());
        if (overlap <= 0) {
            return JOIN_APART + JOIN_GAP * -overlap / height;
        }
        float narrower = Math.max(0.05f * height, Math.min(a.maxX() - a.minX(), b.maxX() - b.minX()));
        return JOIN_THIN * Math.max(0, 1 - overlap / narrower / FIRM_OVERLAP);
    }

    /**
     * What speaks against strokes [from, to) being one digit: the cheapest way to tie them together (a minimum
     * spanning tree of pair costs), and a shape much wider or shorter than a digit.
     */
    double digitCost(int from, int to) {
        int n = to - from;
        boolean[] in = new boolean[n];
        double[] best = new double[n];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
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
        Box box = box(from, to);
        return total + TOO_WIDE * Math.max(0, box.width() / height - WIDE)
                + TOO_SHORT * Math.max(0, SHORT - box.height() / height);
    }

    /** What speaks against strokes [a, b) and [b, c) being different digits. */
    double splitCost(int a, int b, int c) {
        double cost = SPLIT_OVERLAP * box(a, b).horizontalOverlap(box(b, c)) / height;
        for (int i = a; i < b; i++) {
            for (int j = b; j < c; j++) {
                if (joined[i][j]) {
                    return cost + SPLIT_JOINED;
                }
            }
        }
        return cost;
    }

    /** The widest horizontal gap between strokes [from, to) (0 when their extents overlap into one). */
    double innerGap(int from, int to) {
        List<Stroke> byLeft = new ArrayList<>(strokes.subList(from, to));
        byLeft.sort(Comparator.comparingDouble(Stroke::minX));
        double gap = 0;
        float reach = byLeft.get(0).maxX();
        for (Stroke s : byLeft) {
            gap = Math.max(gap, s.minX() - reach);
            reach = Math.max(reach, s.maxX());
        }
        return gap;
    }

    /** The points' bounding box of strokes [from, to). */
    Box box(int from, int to) {
        Strokes.Extent e = Strokes.extent(strokes.subList(from, to));
        return new Box(e.minX(), e.minY(), e.maxX(), e.maxY());
    }

    /** The height of a digit of this drawing: the upper quartile of the strokes' heights (bars and hats are low). */
    private static float digitHeight(List<Stroke> strokes) {
        if (strokes.isEmpty()) {
            return 1f;
        }
        float[] heights = new float[strokes.size()];
        float widest = 0;
        for (int i = 0; i < heights.length; i++) {
            heights[i] = strokes.get(i).maxY() - strokes.get(i).minY();
            widest = Math.max(widest, strokes.get(i).maxX() - strokes.get(i).minX());
        }
        Arrays.sort(heights);
        return Math.max(1f, Math.max(heights[(heights.length * 3) / 4], 0.5f * widest));
    }

    /** The strokes without dots: strokes much smaller than the digits that overlap no other stroke horizontally. */
    private static List<Stroke> withoutDots(List<Stroke> drawn) {
        float height = digitHeight(drawn);
        List<Stroke> kept = new ArrayList<>();
        for (Stroke s : drawn) {
            float extent = Math.max(s.maxX() - s.minX(), s.maxY() - s.minY());
            boolean alone = true;
            for (Stroke t : drawn) {
                alone &= t == s || Math.min(s.maxX(), t.maxX()) < Math.max(s.minX(), t.minX());
            }
            if (extent > 0 && (extent >= DOT * height || !alone)) {
                kept.add(s);
            }
        }
        return kept;
    }
}
