package org.digitworkbench.inference.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.image.InkImage;
import org.digitworkbench.api.ink.DrawingSnapshot;
import org.digitworkbench.api.ink.HandwrittenNumbers;
import org.digitworkbench.api.ink.StrokeRasterizer;
import org.digitworkbench.api.ink.UnipenReader.PenDigit;
import org.digitworkbench.api.reading.NumberReader;

/**
 * How well real handwriting is read as a user writes it: numbers of 1–6 digits composed from the pen strokes of
 * writers the model never saw ({@link HandwrittenNumbers}), drawn at several digit heights and pen widths and read
 * exactly as the Draw view reads a drawing ({@link NumberReader} on a {@link DrawingSnapshot}). Every cell uses the
 * same numbers, so cells differ only in size and pen.
 */
public final class HandwritingBenchmark {

    public static final int[] HEIGHTS = {40, 80, 160, 320};
    public static final int[] PENS = {8, 16, 26, 40};
    public static final int DEFAULT_PEN = 26;
    public static final int LONGEST = 6;
    /** Numbers per cell and the seed of the standard measurement. */
    public static final int NUMBERS = 300;
    public static final long SEED = 7;
    /** One single digit in this many is also read as a picture. */
    static final int PICTURE_SHARE = 5;

    /** What one cell (digit height × pen width) measured. */
    public record Cell(int height, int pen, int singles, int singlesRight, int digits, int digitsRight,
            int numbers, int numbersRight, int splitRight, int pictures, int picturesRight) {

        double singleAccuracy() {
            return singlesRight / (double) Math.max(1, singles);
        }

        double digitAccuracy() {
            return digitsRight / (double) Math.max(1, digits);
        }

        /** Whole numbers of 2–5 digits read exactly right. */
        double numberAccuracy() {
            return numbersRight / (double) Math.max(1, numbers);
        }

        double splitAccuracy() {
            return splitRight / (double) Math.max(1, numbers);
        }

        double pictureAccuracy() {
            return picturesRight / (double) Math.max(1, pictures);
        }
    }

    /** One number's outcome. */
    private record Outcome(String truth, String read) {
    }

    private final DigitClassifier classifier;
    private final Map<Integer, List<PenDigit>> byWriter = new TreeMap<>();
    private final List<PenDigit> digits;
    private final long seed;

    public HandwritingBenchmark(DigitClassifier classifier, List<PenDigit> heldOut, long seed) {
        this.classifier = classifier;
        this.digits = heldOut;
        this.seed = seed;
        for (PenDigit d : heldOut) {
            byWriter.computeIfAbsent(d.writer(), w -> new ArrayList<>()).add(d);
        }
    }

    /** Measures every cell of {@link #HEIGHTS} × {@link #PENS}. */
    public List<Cell> measureAll(int numbers, int singles) {
        List<Cell> cells = new ArrayList<>();
        for (int height : HEIGHTS) {
            for (int pen : PENS) {
                cells.add(measure(height, pen, numbers, singles));
            }
        }
        return cells;
    }

    /** Measures one cell on {@code numbers} numbers (lengths 1–6 in turn) and {@code singles} lone digits. */
    public Cell measure(int height, int pen, int numbers, int singles) {
        List<Integer> writers = new ArrayList<>(byWriter.keySet());
        Outcome[] outcomes = new Outcome[numbers];
        IntStream.range(0, numbers).parallel().forEach(i -> {
            Random random = new Random(seed * 1_000_003L + i);
            List<PenDigit> own = byWriter.get(writers.get(random.nextInt(writers.size())));
            int length = 1 + i % LONGEST;
            List<PenDigit> chosen = new ArrayList<>();
            for (int k = 0; k < length; k++) {
                chosen.add(own.get(random.nextInt(own.size())));
            }
            HandwrittenNumbers.Written w = HandwrittenNumbers.write(chosen, height, random);
            outcomes[i] = new Outcome(w.text(), read(w, pen));
        });
        int step = Math.max(1, digits.size() / Math.max(1, singles));
        int[] singleIndices = IntStream.range(0, digits.size()).filter(i -> i % step == 0).limit(singles).toArray();
        boolean[] singleRight = new boolean[singleIndices.length];
        // every PICTURE_SHARE-th single is also drawn as a picture and read as digits predict reads a file
        boolean[] pictureRight = new boolean[singleIndices.length];
        IntStream.range(0, singleIndices.length).parallel().forEach(k -> {
            PenDigit d = digits.get(singleIndices[k]);
            HandwrittenNumbers.Written w = HandwrittenNumbers.write(List.of(d), height, new Random(seed + k));
            singleRight[k] = w.text().equals(read(w, pen));
            if (k % PICTURE_SHARE == 0) {
                InkImage picture = StrokeRasterizer.renderInk(w.strokes(), w.width(), w.height(), pen);
                pictureRight[k] = w.text().equals(NumberReader.read(classifier, picture).number());
            }
        });
        int digitCount = 0;
        int digitsRight = 0;
        int numberCount = 0;
        int numbersRight = 0;
        int split = 0;
        for (Outcome o : outcomes) {
            digitCount += o.truth.length();
            digitsRight += commonSubsequence(o.truth, o.read);
            if (o.truth.length() >= 2 && o.truth.length() <= 5) {
                numberCount++;
                numbersRight += o.truth.equals(o.read) ? 1 : 0;
                split += o.truth.length() == o.read.length() ? 1 : 0;
            }
        }
        int singlesRight = 0;
        int picturesRight = 0;
        for (int k = 0; k < singleIndices.length; k++) {
            singlesRight += singleRight[k] ? 1 : 0;
            picturesRight += pictureRight[k] ? 1 : 0;
        }
        int pictures = (singleIndices.length + PICTURE_SHARE - 1) / PICTURE_SHARE;
        return new Cell(height, pen, singleIndices.length, singlesRight, digitCount, digitsRight, numberCount,
                numbersRight, split, pictures, picturesRight);
    }

    private String read(HandwrittenNumbers.Written w, int pen) {
        return NumberReader.read(classifier, new DrawingSnapshot(0, w.strokes(), w.width(), w.height(), pen))
                .number();
    }

    /** Digits read right: the longest common subsequence, so one digit too many or too few costs one digit. */
    static int commonSubsequence(String a, String b) {
        int[][] t = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                t[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? t[i - 1][j - 1] + 1
                        : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.length()][b.length()];
    }

    /** The tables (singles, per digit, whole numbers of 2–5 digits, split, pictures) as text. */
    public static String table(List<Cell> cells) {
        StringBuilder sb = new StringBuilder();
        section(sb, "single digits read right", cells, Cell::singleAccuracy);
        section(sb, "digits of numbers of 1-6 digits read right", cells, Cell::digitAccuracy);
        section(sb, "whole numbers of 2-5 digits read exactly right", cells, Cell::numberAccuracy);
        section(sb, "numbers of 2-5 digits split into the right number of digits", cells, Cell::splitAccuracy);
        section(sb, "single digits drawn as pictures and read as digits predict reads an image file", cells,
                Cell::pictureAccuracy);
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, List<Cell> cells,
            java.util.function.ToDoubleFunction<Cell> value) {
        sb.append(title).append(" (rows: digit height in px, columns: pen width in px)\n");
        sb.append("  height");
        List<Integer> pens = cells.stream().map(Cell::pen).distinct().sorted().toList();
        List<Integer> heights = cells.stream().map(Cell::height).distinct().sorted().toList();
        for (int p : pens) {
            sb.append(String.format(Locale.ROOT, "  pen %-4d", p));
        }
        sb.append('\n');
        for (int h : heights) {
            sb.append(String.format(Locale.ROOT, "  %4d px", h));
            for (int p : pens) {
                Cell c = cells.stream().filter(x -> x.height == h && x.pen == p).findFirst().orElse(null);
                sb.append(c == null ? "          " : String.format(Locale.ROOT, "  %6.1f%% ", 100 * value.applyAsDouble(c)));
            }
            sb.append('\n');
        }
        sb.append('\n');
    }
}
