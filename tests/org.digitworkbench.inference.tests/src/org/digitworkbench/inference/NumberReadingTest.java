package org.digitworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.ink.DrawingSnapshot;
import org.digitworkbench.api.ink.HandwrittenNumbers;
import org.digitworkbench.api.ink.HandwrittenNumbers.Style;
import org.digitworkbench.api.ink.HandwrittenNumbers.Written;
import org.digitworkbench.api.ink.UnipenReader.PenDigit;
import org.digitworkbench.api.reading.NumberReader;
import org.digitworkbench.api.reading.Reading;
import org.digitworkbench.tests.support.OsgiServices;
import org.digitworkbench.tests.support.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Numbers as people write them, from the real pen strokes of writers the shipped model never saw, read by the
 * shipped model exactly as the Draw view reads a drawing.
 */
class NumberReadingTest {

    private static DigitClassifier classifier;
    private static Map<Integer, List<PenDigit>> byWriter;

    @BeforeAll
    static void modelAndStrokes() throws InterruptedException, IOException {
        classifier = OsgiServices.await(DigitClassifier.class);
        byWriter = new TreeMap<>();
        for (PenDigit d : TestData.heldOutPenDigits()) {
            byWriter.computeIfAbsent(d.writer(), w -> new ArrayList<>()).add(d);
        }
    }

    private static Reading read(Written w, float pen) {
        return NumberReader.read(classifier, new DrawingSnapshot(1, w.strokes(), w.width(), w.height(), pen));
    }

    /** The size a digit is written at and the pen on screen change nothing the network sees. */
    @Test
    void theNetworkSeesTheSameDigitAtEverySizeAndPen() throws IOException {
        List<PenDigit> digits = TestData.heldOutPenDigits();
        for (int i = 0; i < digits.size(); i += 25) {
            Reading reference = read(HandwrittenNumbers.write(List.of(digits.get(i)), 120, Style.neat(1, 0)), 26);
            for (int height : new int[] {40, 80, 160, 320}) {
                for (int pen : new int[] {8, 16, 26, 40}) {
                    Written w = HandwrittenNumbers.write(List.of(digits.get(i)), height, Style.neat(1, 0));
                    Reading r = read(w, pen);
                    String cell = "pen digit " + i + " at " + height + " px with a " + pen + " px pen";
                    assertEquals(reference.digits().size(), r.digits().size(), cell);
                    for (int k = 0; k < r.digits().size(); k++) {
                        assertArrayEquals(reference.digits().get(k).image().pixels(),
                                r.digits().get(k).image().pixels(), 0.03f, cell);
                    }
                    assertEquals(reference.number(), r.number(), cell);
                }
            }
        }
    }

    /**
     * Writes {@code count} numbers of held-out writers, digits chosen by {@code choose} from one writer's, laid out
     * by {@code style}, and returns {split right, read right}.
     */
    private static int[] measure(String situation, int count, float height, IntFunction<Style> style,
            java.util.function.BiFunction<List<PenDigit>, Random, List<PenDigit>> choose) {
        List<Integer> writers = new ArrayList<>(byWriter.keySet());
        int split = 0;
        int right = 0;
        for (int i = 0; i < count; i++) {
            Random random = new Random(1000 + i);
            List<PenDigit> digits = choose.apply(byWriter.get(writers.get(i % writers.size())), random);
            Written w = HandwrittenNumbers.write(digits, height, style.apply(digits.size()));
            Reading r = read(w, 26);
            split += r.digits().size() == digits.size() ? 1 : 0;
            right += r.number().equals(w.text()) ? 1 : 0;
        }
        System.out.printf("%s: %d numbers, %d split right, %d read right%n", situation, count, split, right);
        return new int[] {split, right};
    }

    private static PenDigit any(List<PenDigit> own, Random random, Predicate<PenDigit> kind) {
        List<PenDigit> matching = own.stream().filter(kind).toList();
        return matching.get(random.nextInt(matching.size()));
    }

    private static List<PenDigit> randomDigits(List<PenDigit> own, Random random) {
        List<PenDigit> digits = new ArrayList<>();
        for (int k = 0, n = 2 + random.nextInt(4); k < n; k++) {
            digits.add(own.get(random.nextInt(own.size())));
        }
        return digits;
    }

    @Test
    void digitsThatTouchOrSlightlyOverlap() {
        int[] r = measure("touching digits (gaps of -5% of the height)", 100, 60, n -> Style.neat(n, -0.05),
                NumberReadingTest::randomDigits);
        assertTrue(r[0] >= 90 && r[1] >= 75, "split " + r[0] + ", read " + r[1]);
    }

    @Test
    void aOneWrittenCloseBesideAnotherDigit() {
        int[] r = measure("a 1 close beside another digit (gaps of 3%)", 100, 60, n -> Style.neat(n, 0.03),
                (own, random) -> {
                    PenDigit one = any(own, random, d -> d.label() == 1);
                    PenDigit other = any(own, random, d -> d.label() != 1);
                    return random.nextBoolean() ? List.of(one, other, one) : List.of(other, one, other);
                });
        assertTrue(r[0] >= 92 && r[1] >= 85, "split " + r[0] + ", read " + r[1]);
    }

    @Test
    void foursFivesAndSevensInTwoStrokes() {
        int[] r = measure("4, 5 and 7 of two strokes between other digits", 100, 60, n -> Style.neat(n, 0.12),
                (own, random) -> List.of(any(own, random, d -> true),
                        any(own, random, d -> (d.label() == 4 || d.label() == 5 || d.label() == 7)
                                && d.strokes().size() >= 2),
                        any(own, random, d -> true)));
        assertTrue(r[0] >= 95 && r[1] >= 85, "split " + r[0] + ", read " + r[1]);
    }

    @Test
    void aStrokeAddedAfterTheNextDigitWasBegun() {
        int[] r = measure("last stroke written after the next digit's first", 100, 60,
                n -> new Style(gaps(n, 0.15), new double[n], 0, all(n)),
                (own, random) -> List.of(any(own, random, d -> d.strokes().size() >= 2),
                        any(own, random, d -> true), any(own, random, d -> d.strokes().size() >= 2),
                        any(own, random, d -> true)));
        assertTrue(r[0] >= 95 && r[1] >= 80, "split " + r[0] + ", read " + r[1]);
    }

    @Test
    void digitsOffACommonBaseline() {
        int[] r = measure("digits 20% of their height above and below the baseline, on a slope", 100, 60,
                n -> {
                    double[] drops = new double[n];
                    for (int i = 0; i < n; i++) {
                        drops[i] = i % 2 == 0 ? 0.2 : -0.2;
                    }
                    return new Style(gaps(n, 0.15), drops, 0.1, new boolean[n]);
                }, NumberReadingTest::randomDigits);
        assertTrue(r[0] >= 95 && r[1] >= 80, "split " + r[0] + ", read " + r[1]);
    }

    /** The live reading remembers the candidates it has read: a mouse move costs only those with the new stroke. */
    @Test
    void liveReadingReadsOnlyWhatTheLastMoveChanged() throws IOException {
        int[] classified = {0};
        DigitClassifier counting = new DigitClassifier() {
            @Override
            public org.digitworkbench.api.Prediction classify(org.digitworkbench.api.DigitImage image) {
                classified[0]++;
                return classifier.classify(image);
            }

            @Override
            public List<org.digitworkbench.api.Prediction> classifyAll(List<org.digitworkbench.api.DigitImage> images) {
                classified[0] += images.size();
                return classifier.classifyAll(images);
            }

            @Override
            public org.digitworkbench.api.ModelInfo info() {
                return classifier.info();
            }
        };
        List<PenDigit> own = byWriter.get(25);
        Written w = HandwrittenNumbers.write(own.subList(0, 5), 60, new Random(4));
        org.digitworkbench.api.reading.DigitMemory memory = new org.digitworkbench.api.reading.DigitMemory();
        DrawingSnapshot whole = new DrawingSnapshot(1, w.strokes(), w.width(), w.height(), 26);
        Reading first = NumberReader.read(counting, whole, memory);
        int firstCost = classified[0];
        Reading again = NumberReader.read(counting, whole, memory);
        assertEquals(firstCost, classified[0], "nothing is classified twice");
        assertEquals(first.number(), again.number());
        List<org.digitworkbench.api.ink.Stroke> moved = new ArrayList<>(w.strokes());
        org.digitworkbench.api.ink.Stroke last = moved.remove(moved.size() - 1);
        moved.add(last.with(last.x(last.size() - 1) + 1, last.y(last.size() - 1)));
        Reading afterMove = NumberReader.read(counting, new DrawingSnapshot(2, moved, w.width(), w.height(), 26), memory);
        int moveCost = classified[0] - firstCost;
        System.out.printf("live reading of a 5-digit number: %d candidates classified at first, %d after a move%n",
                firstCost, moveCost);
        assertTrue(moveCost > 0 && moveCost <= 10, moveCost + " candidates after one move");
        assertEquals(NumberReader.read(classifier, new DrawingSnapshot(3, moved, w.width(), w.height(), 26)).number(),
                afterMove.number(), "with or without memory, the same reading");
    }

    private static double[] gaps(int n, double gap) {
        double[] g = new double[n];
        java.util.Arrays.fill(g, gap);
        return g;
    }

    private static boolean[] all(int n) {
        boolean[] b = new boolean[n];
        java.util.Arrays.fill(b, true);
        return b;
    }
}
