package org.digitworkbench.inference.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.digitworkbench.api.corrections.CorrectedDigit;
import org.digitworkbench.api.corrections.Correction;
import org.digitworkbench.api.corrections.CorrectionStore;
import org.digitworkbench.api.ink.DrawingSnapshot;
import org.digitworkbench.api.ink.HandwrittenNumbers;
import org.digitworkbench.api.ink.UnipenReader.PenDigit;
import org.digitworkbench.api.reading.NumberReader;
import org.digitworkbench.api.reading.Reading;
import org.digitworkbench.inference.Dl4jDigitClassifier;
import org.digitworkbench.inference.ModelArchive;
import org.digitworkbench.inference.ModelHost;
import org.digitworkbench.tests.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "That was a …" and fine-tuning, as a user of the held-out writers would use them: numbers written with their
 * real strokes and read as the Draw view reads them; every number read wrong is corrected (each digit labelled)
 * into a real correction folder; then {@code digits train --user-data} fine-tunes the shipped model on them.
 */
class FineTuneTest {

    private static final int CORRECTIONS = 100;
    private static final int DIGIT_HEIGHT = 80;
    private static final int PEN = 26;

    @TempDir
    Path dir;

    @Test
    void correctionsOfUnseenWritersAreLearnedAndMnistIsGuarded() throws Exception {
        ModelArchive.Loaded shipped;
        try (InputStream in = ModelHost.class.getResourceAsStream(ModelHost.SHIPPED_MODEL)) {
            shipped = ModelArchive.read(in, "digits-cnn.zip");
        }
        Dl4jDigitClassifier classifier = new Dl4jDigitClassifier(shipped.network(), shipped.metadata(), "shipped");
        CorrectionStore store = new CorrectionStore(dir.resolve("corrections"));
        int written = writeUntilCorrected(classifier, store);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FineTuner.Report report;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            report = FineTuneRun.run(shipped.network(), "digits-cnn", store, FineTuner.Options.defaults(), out);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        System.out.printf("fine-tuning on corrections of writers 21-30: %d numbers written %d px tall with a %d px "
                + "pen, %d read wrong and corrected (%d digits learned, %d held out)%n%s", written, DIGIT_HEIGHT, PEN,
                CORRECTIONS, report.trainDigits(), report.heldOutDigits(), printed);
        assertEquals(CORRECTIONS, store.load().corrections().size());
        assertTrue(report.heldOutAfter() > report.heldOutBefore(),
                "the corrections not learned from are read better afterwards:\n" + printed);
        Path models = FineTuneRun.modelsFolder(store);
        if (!report.keepsMnist()) {
            // the guard: a model that forgot MNIST is reported and not saved; the served one is unchanged
            assertTrue(printed.contains("not saved: MNIST accuracy would fall by"), printed);
            assertTrue(!Files.exists(models), "nothing saved in " + models);
            return;
        }
        Path saved;
        try (var files = Files.list(models)) {
            saved = files.filter(f -> f.toString().endsWith(".zip")).findFirst().orElseThrow();
        }
        assertTrue(printed.contains("wrote " + saved), printed);
        ModelArchive.Loaded back = ModelArchive.read(saved);
        assertEquals(report.mnistAfter(), back.metadata().testAccuracy(), 1e-9, "the saved model is the one measured");
    }

    /** Writes numbers of 2-5 digits until {@link #CORRECTIONS} were read wrong; each becomes a correction. */
    private static int writeUntilCorrected(Dl4jDigitClassifier classifier, CorrectionStore store) throws Exception {
        Map<Integer, List<PenDigit>> byWriter = new TreeMap<>();
        for (PenDigit d : TestData.heldOutPenDigits()) {
            byWriter.computeIfAbsent(d.writer(), w -> new ArrayList<>()).add(d);
        }
        List<List<PenDigit>> writers = new ArrayList<>(byWriter.values());
        Random random = new Random(2026);
        int corrected = 0;
        int written = 0;
        while (corrected < CORRECTIONS) {
            assertTrue(written < 20_000, "too few numbers read wrong to correct");
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
            store.save(Correction.of("digits-cnn", w.strokes(), digits));
            corrected++;
        }
        return written;
    }
}
