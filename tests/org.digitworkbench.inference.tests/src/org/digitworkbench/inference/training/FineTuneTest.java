package org.digitworkbench.inference.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.digitworkbench.api.corrections.CorrectionStore;
import org.digitworkbench.inference.Dl4jDigitClassifier;
import org.digitworkbench.inference.ModelArchive;
import org.digitworkbench.inference.ModelHost;
import org.digitworkbench.tests.support.HeldOutCorrections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "That was a …" and fine-tuning, as a user of the held-out writers would use them: numbers written with their
 * real strokes and read as the Draw view reads them; every number read wrong is corrected (each digit labelled)
 * into a real correction folder; then {@code digits train --user-data} fine-tunes the shipped model on them.
 */
class FineTuneTest {

    private static final int CORRECTIONS = 100;

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
        int written = HeldOutCorrections.write(classifier, "digits-cnn", store, CORRECTIONS);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FineTuner.Report report;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            report = FineTuneRun.run(shipped.network(), "digits-cnn", store, FineTuner.Options.defaults(),
                    out::println, () -> false).report();
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        System.out.printf("fine-tuning on corrections of writers 21-30: %d numbers written %d px tall with a %d px "
                + "pen, %d read wrong and corrected (%d digits learned, %d held out); %d steps in %d s%n%s", written,
                HeldOutCorrections.DIGIT_HEIGHT, HeldOutCorrections.PEN, CORRECTIONS, report.trainDigits(),
                report.heldOutDigits(), FineTuner.Options.defaults().steps(), report.millis() / 1000, printed);
        assertEquals(CORRECTIONS, store.load().corrections().size());
        assertTrue(report.heldOutAfter() >= report.heldOutBefore() + 0.10,
                "the corrections not learned from are read at least 10 points better afterwards:\n" + printed);
        assertTrue(report.keepsMnist(), "MNIST falls by at most 0.1 point:\n" + printed);
        Path saved;
        try (var files = Files.list(FineTuneRun.modelsFolder(store))) {
            saved = files.filter(f -> f.toString().endsWith(".zip")).findFirst().orElseThrow();
        }
        assertTrue(printed.contains("wrote " + saved), printed);
        ModelArchive.Loaded back = ModelArchive.read(saved);
        assertEquals(report.mnistAfter(), back.metadata().testAccuracy(), 1e-9, "the saved model is the one measured");

        // the guard: a recipe that forgets MNIST (ten times the learning rate, no pull back) is reported, not saved
        CorrectionStore other = new CorrectionStore(dir.resolve("elsewhere").resolve("corrections"));
        for (var c : store.load().corrections()) {
            other.save(c);
        }
        FineTuner.Options d = FineTuner.Options.defaults();
        FineTuner.Options careless = new FineTuner.Options(40, 64, 64, d.learningRate() * 10, 0, d.seed());
        bytes.reset();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            report = FineTuneRun.run(shipped.network(), "digits-cnn", other, careless, out::println, () -> false)
                    .report();
        }
        printed = bytes.toString(StandardCharsets.UTF_8);
        System.out.println("careless recipe:\n" + printed);
        assertTrue(!report.keepsMnist() && printed.contains("not saved: MNIST accuracy would fall by"), printed);
        assertTrue(!Files.exists(FineTuneRun.modelsFolder(other)), "nothing saved");
    }
}
