package org.digitworkbench.api.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Groups the pieces of a handwritten number (strokes, or blobs of connected ink) into digits. People write the
 * digits of a number side by side, while the pieces of one digit — a 5's hat, the two strokes of a 4, a 7's
 * bar — sit above or across each other: two groups are one digit when their horizontal extents overlap by at
 * least half the narrower one, or overlap at all and their ink touches (a 4 whose bar ends on its stem).
 */
public final class DigitGrouping {

    /** Share of the narrower group's width that must overlap for two groups to be one digit. */
    static final float SAME_DIGIT_OVERLAP = 0.5f;

    private DigitGrouping() {
    }

    /** Indices of the pieces of each digit, digits ordered left to right; pieces are never known to touch. */
    public static List<List<Integer>> group(List<Box> pieces) {
        return group(pieces, (a, b) -> false);
    }

    /**
     * Indices of the pieces of each digit, digits ordered left to right.
     *
     * @param touching whether the ink of two pieces (by index) touches
     */
    public static List<List<Integer>> group(List<Box> pieces, BiPredicate<Integer, Integer> touching) {
        List<List<Integer>> groups = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            groups.add(new ArrayList<>(List.of(i)));
            boxes.add(pieces.get(i));
        }
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int a = 0; a < groups.size() && !merged; a++) {
                for (int b = a + 1; b < groups.size() && !merged; b++) {
                    Box ba = boxes.get(a);
                    Box bb = boxes.get(b);
                    float narrower = Math.max(1f, Math.min(ba.width(), bb.width()));
                    float overlap = ba.horizontalOverlap(bb);
                    if (overlap >= SAME_DIGIT_OVERLAP * narrower
                            || (overlap > 0 && touch(groups.get(a), groups.get(b), touching))) {
                        groups.get(a).addAll(groups.remove(b));
                        boxes.set(a, ba.union(boxes.remove(b)));
                        merged = true;
                    }
                }
            }
        }
        return leftToRight(groups, boxes);
    }

    private static boolean touch(List<Integer> a, List<Integer> b, BiPredicate<Integer, Integer> touching) {
        for (int i : a) {
            for (int j : b) {
                if (touching.test(i, j)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<List<Integer>> leftToRight(List<List<Integer>> groups, List<Box> boxes) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> boxes.get(i).centreX()));
        List<List<Integer>> sorted = new ArrayList<>();
        for (int i : order) {
            List<Integer> g = groups.get(i);
            g.sort(null);
            sorted.add(g);
        }
        return sorted;
    }
}
