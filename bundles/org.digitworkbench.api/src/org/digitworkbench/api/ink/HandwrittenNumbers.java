package org.digitworkbench.api.ink;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.digitworkbench.api.ink.UnipenReader.PenDigit;

/**
 * Writes numbers the way a person writes a zip code or an amount, from recorded pen digits of one writer: the
 * digits keep the relative sizes the writer gave them, stand side by side with uneven gaps (some touch or slightly
 * overlap), wander off a common baseline, and a digit's last stroke (a 4's stem, a 5's hat, a 7's bar) is
 * sometimes added only after the next digit was begun. For benchmarks and tests; nothing here is used to read.
 */
public final class HandwrittenNumbers {

    /** Share of gaps that are touching or overlapping instead of open. */
    static final double TOUCHING = 0.15;
    /** Share of digits of two or more strokes whose last stroke comes after the next digit's first. */
    static final double LATE_STROKE = 0.25;

    /** A written number: its digits as text, the strokes in writing order and the canvas they fit on. */
    public record Written(String text, List<Stroke> strokes, int width, int height) {
    }

    private HandwrittenNumbers() {
    }

    /**
     * How a number is laid out, in digit heights: the gap after each digit (negative: touching or overlapping),
     * how far each digit sits below the common baseline (negative: above), the slope of the baseline, and which
     * digits have their last stroke written only after the next digit's first.
     */
    public record Style(double[] gaps, double[] drops, double slope, boolean[] late) {

        /** Digits side by side at one gap, on one level baseline, each finished before the next. */
        public static Style neat(int digits, double gap) {
            double[] gaps = new double[digits];
            java.util.Arrays.fill(gaps, gap);
            return new Style(gaps, new double[digits], 0, new boolean[digits]);
        }

        /** Gaps, drops, slope and late strokes as people vary them. */
        public static Style random(int digits, Random random) {
            double[] gaps = new double[digits];
            double[] drops = new double[digits];
            boolean[] late = new boolean[digits];
            for (int i = 0; i < digits; i++) {
                gaps[i] = random.nextDouble() < TOUCHING ? random.nextDouble() * -0.08 : random.nextDouble() * 0.35;
                drops[i] = random.nextDouble() * 0.16 - 0.08;
                late[i] = random.nextDouble() < LATE_STROKE;
            }
            return new Style(gaps, drops, random.nextDouble() * 0.1 - 0.05, late);
        }
    }

    /**
     * Writes {@code digits} (one writer's, in order) so that the writer's median digit is {@code digitHeight}
     * pixels tall, laid out as people vary it, on a canvas with half a digit of margin all round.
     */
    public static Written write(List<PenDigit> digits, float digitHeight, Random random) {
        return write(digits, digitHeight, Style.random(digits.size(), random));
    }

    /** Writes {@code digits} laid out in the given style. */
    public static Written write(List<PenDigit> digits, float digitHeight, Style style) {
        float[] heights = new float[digits.size()];
        for (int i = 0; i < heights.length; i++) {
            heights[i] = Strokes.extent(digits.get(i).strokes()).height();
        }
        float[] sorted = heights.clone();
        Arrays.sort(sorted);
        float scale = digitHeight / Math.max(1e-3f, sorted[sorted.length / 2]);
        float margin = digitHeight / 2;
        float cursor = margin;
        float baseline = margin + digitHeight * 1.2f;
        List<List<Stroke>> placed = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < digits.size(); i++) {
            PenDigit d = digits.get(i);
            Strokes.Extent own = Strokes.extent(d.strokes());
            float bottom = baseline + (float) (style.slope() * (cursor - margin) + style.drops()[i] * digitHeight);
            List<Stroke> moved = new ArrayList<>();
            float right = cursor;
            for (Stroke s : d.strokes()) {
                Stroke t = s.transformed(scale, cursor - own.minX() * scale, bottom - own.maxY() * scale);
                moved.add(t);
                right = Math.max(right, t.maxX());
            }
            placed.add(moved);
            text.append(d.label());
            cursor = right + (float) style.gaps()[i] * digitHeight;
        }
        List<Stroke> order = writingOrder(placed, style.late());
        Strokes.Extent all = Strokes.extent(order);
        // put the ink a margin below the top edge, whatever the slope did
        List<Stroke> shifted = new ArrayList<>(order.size());
        for (Stroke s : order) {
            shifted.add(s.transformed(1f, 0f, margin - all.minY()));
        }
        return new Written(text.toString(), shifted, (int) Math.ceil(all.maxX() + margin),
                (int) Math.ceil(all.height() + 2 * margin));
    }

    /** Digit after digit, except that a late last stroke waits until the next digit has its first stroke. */
    private static List<Stroke> writingOrder(List<List<Stroke>> digits, boolean[] lateDigits) {
        List<Stroke> order = new ArrayList<>();
        Stroke late = null;
        for (int d = 0; d < digits.size(); d++) {
            List<Stroke> strokes = digits.get(d);
            int n = strokes.size();
            boolean delay = n >= 2 && lateDigits[d];
            for (int i = 0; i < n - (delay ? 1 : 0); i++) {
                order.add(strokes.get(i));
                if (i == 0 && late != null) {
                    order.add(late);
                    late = null;
                }
            }
            late = delay ? strokes.get(n - 1) : null;
        }
        if (late != null) {
            order.add(late);
        }
        return order;
    }
}
