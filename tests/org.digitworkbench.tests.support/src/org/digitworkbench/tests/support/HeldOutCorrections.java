package org.digitworkbench.tests.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.corrections.CorrectedDigit;
import org.digitworkbench.api.corrections.Correction;
import org.digitworkbench.api.corrections.CorrectionStore;
import org.digitworkbench.api.ink.DrawingSnapshot;
import org.digitworkbench.api.ink.HandwrittenNumbers;
import org.digitworkbench.api.ink.UnipenReader.PenDigit;
import org.digitworkbench.api.reading.NumberReader;
import org.digitworkbench.api.reading.Reading;

/**
 * "That was a …" as a user of the held-out writers (21–30) would use it: numbers of 2–5 digits written with their
 * real strokes and read as the Draw view reads them; every number read wrong (split right, a box per digit) is
 * corrected digit by digit and saved into a real correction folder.
 */
public final class HeldOutCorrections {

    public static final int DIGIT_HEIGHT = 80;
    public static final int PEN = 26;

    private HeldOutCorrections() {
    }

    /** Writes numbers until {@code count} were read wrong and saved; returns how many numbers were written. */
    public static int write(DigitClassifier classifier, String modelName, CorrectionStore store, int count)
            throws IOException {
        Map<Integer, List<PenDigit>> byWriter = new TreeMap<>();
        for (PenDigit d : TestData.heldOutPenDigits()) {
            byWriter.computeIfAbsent(d.writer(), w -> new ArrayList<>()).add(d);
        }
        List<List<PenDigit>> writers = new ArrayList<>(byWriter.values());
        Random random = new Random(2026);
        int corrected = 0;
        int written = 0;
        while (corrected < count) {
            if (written >= 200 * count) {
                throw new AssertionError("too few numbers read wrong to correct: " + corrected + " in " + written);
            }
            List<PenDigit> own = writers.get(random.nextInt(writers.size()));
            List<PenDigit> chosen = new ArrayList<>();
            for (int k = 2 + random.nextInt(4); k > 0; k--) {
                chosen.add(own.get(random.nextInt(own.size())));
            }
            HandwrittenNumbers.Written w = HandwrittenNumbers.write(chosen, DIGIT_HEIGHT, random);
            Reading reading = NumberReader.read(classifier,
                    new DrawingSnapshot(0, w.strokes(), w.width(), w.height(), PEN));
            written++;
            if (reading.number().equals(w.text()) || reading.digits().size() != w.text().length()) {
                continue; // read right, or split wrong: a box per digit is what the user corrects
            }
            List<CorrectedDigit> digits = new ArrayList<>();
            for (int i = 0; i < w.text().length(); i++) {
                var d = reading.digits().get(i);
                digits.add(new CorrectedDigit(d.bounds(), d.image(), d.prediction().digit(), w.text().charAt(i) - '0'));
            }
            store.save(Correction.of(modelName, w.strokes(), digits));
            corrected++;
        }
        return written;
    }
}
