package org.digitworkbench.inference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntPredicate;

import org.digitworkbench.api.ink.UnipenReader;
import org.digitworkbench.api.ink.UnipenReader.PenDigit;

/**
 * The real pen digits that travel with the product (UCI "Pen-Based Recognition of Handwritten Digits", original
 * UNIPEN trajectories of 30 writers, Alpaydin &amp; Alimoglu, CC BY 4.0; {@code data/} at the top of the project),
 * or a UNIPEN file the user names. Writers 1–20 train the shipped model; 21–30 are kept apart to measure it.
 */
public final class PenDigitData {

    /** The copy inside this bundle, gzip-compressed. */
    public static final String SHIPPED = "/data/pendigits-train.gz";
    /** The writers the shipped model never saw. */
    public static final String HELD_OUT_WRITERS = "21-30";

    private static List<PenDigit> shipped;

    private PenDigitData() {
    }

    /** The digits of {@code file}, or of the shipped copy when {@code file} is null. */
    public static List<PenDigit> read(String file) throws IOException {
        return file == null ? shipped() : UnipenReader.read(Path.of(file));
    }

    /** The digits of the accepted writers only. */
    public static List<PenDigit> read(String file, IntPredicate writers) throws IOException {
        return read(file).stream().filter(d -> writers.test(d.writer())).toList();
    }

    private static synchronized List<PenDigit> shipped() throws IOException {
        if (shipped == null) {
            try (InputStream in = PenDigitData.class.getResourceAsStream(SHIPPED)) {
                if (in == null) {
                    throw new IOException("the pen digits " + SHIPPED + " are missing from this build");
                }
                shipped = UnipenReader.read(in, "pendigits-train.gz");
            }
        }
        return shipped;
    }

    /** "A-B" as a filter of writer numbers; null accepts every writer. */
    public static IntPredicate writers(String range) {
        if (range == null) {
            return w -> true;
        }
        String[] ends = range.split("-");
        try {
            int from = Integer.parseInt(ends[0].trim());
            int to = Integer.parseInt(ends[ends.length - 1].trim());
            return w -> w >= from && w <= to;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("writers are given as A-B, e.g. 21-30, not '" + range + "'");
        }
    }
}
