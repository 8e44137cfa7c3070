package org.digitworkbench.inference.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.ModelInfo;
import org.digitworkbench.api.ModelService;
import org.digitworkbench.api.corrections.Correction;
import org.digitworkbench.api.corrections.CorrectionStore;
import org.digitworkbench.api.corrections.FineTuning;
import org.digitworkbench.api.corrections.NoCorrectionsException;
import org.digitworkbench.tests.support.HeldOutCorrections;
import org.digitworkbench.tests.support.OsgiServices;
import org.digitworkbench.tests.support.SystemProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's fine-tuning service, found through OSGi as the handler finds it, on real corrections of the
 * held-out writers, the model in service and real MNIST. Fewer steps than the default keep it short; the result may
 * keep MNIST or not, and each outcome is checked for what it must do.
 */
class CorrectionsFineTuningTest {

    private static final int CORRECTIONS = 40;
    private static final int STEPS = 10;

    @TempDir
    Path dir;

    /** Everything the service reported, in order; says "cancel" from the given poll on (0: never). */
    private static final class Recorded implements FineTuning.Progress {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        final List<List<Integer>> steps = Collections.synchronizedList(new ArrayList<>());
        final int cancelFromPoll;
        int polls;

        Recorded(int cancelFromPoll) {
            this.cancelFromPoll = cancelFromPoll;
        }

        @Override
        public void steps(int done, int total) {
            steps.add(List.of(done, total));
        }

        @Override
        public void line(String text) {
            lines.add(text);
        }

        @Override
        public synchronized boolean isCancelled() {
            polls++;
            return cancelFromPoll > 0 && polls >= cancelFromPoll;
        }
    }

    @Test
    void fineTunesTheServedModelOnTheUsersCorrections() throws Exception {
        ModelService models = OsgiServices.await(ModelService.class);
        FineTuning fineTuning = OsgiServices.await(FineTuning.class);
        CorrectionStore store = new CorrectionStore(dir.resolve("corrections"));
        HeldOutCorrections.write(OsgiServices.await(DigitClassifier.class), "digits-cnn", store, CORRECTIONS);
        ModelInfo served = models.current();
        Recorded progress = new Recorded(0);
        FineTuning.Result result;
        try (SystemProperties p = new SystemProperties().set("digits.corrections", store.folder().toString())
                .set(CorrectionsFineTuning.STEPS_PROPERTY, "" + STEPS)) {
            result = fineTuning.fineTuneServedModel(progress);
        }
        System.out.printf(Locale.ROOT, "fine-tuning service, %d corrections, %d steps: %s%n", CORRECTIONS, STEPS,
                result);

        List<Correction> corrections = store.load().corrections();
        int heldOut = 0;
        int all = 0;
        for (int i = 0; i < corrections.size(); i++) {
            int digits = corrections.get(i).digits().size();
            all += digits;
            heldOut += FineTuner.heldOut(i) ? digits : 0;
        }
        assertEquals(heldOut, result.heldOutDigits(), "every fifth correction is held out");
        assertEquals(all - heldOut, result.learnedDigits());
        assertEquals(served.testAccuracy(), result.mnistBefore(), 0.001,
                "before, MNIST reads as recorded for the model in service");
        assertTrue(result.heldOutAfter() >= 0 && result.heldOutAfter() <= 1, "" + result);
        // the figures are the ones digits train --user-data prints, from the same run
        assertTrue(progress.lines.contains(String.format(Locale.ROOT, "MNIST test: %.2f%% before, %.2f%% after",
                result.mnistBefore() * 100, result.mnistAfter() * 100)), progress.lines::toString);
        assertTrue(progress.lines.contains(String.format(Locale.ROOT,
                "held-out corrections (%d digits): %.1f%% before, %.1f%% after", result.heldOutDigits(),
                result.heldOutBefore() * 100, result.heldOutAfter() * 100)), progress.lines::toString);
        assertEquals(List.of(0, STEPS), progress.steps.get(0), "steps announced before the first");
        assertEquals(List.of(STEPS, STEPS), progress.steps.get(progress.steps.size() - 1), "every step done");
        assertEquals(result.mnistAfter() >= result.mnistBefore() - result.mnistTolerance(), result.keptMnist());
        assertEquals(served, models.current(), "fine-tuning alone never changes the model in service");

        Path modelsFolder = FineTuneRun.modelsFolder(store);
        if (!result.keptMnist()) {
            assertTrue(result.savedModel().isEmpty(), "" + result);
            assertFalse(Files.exists(modelsFolder), "nothing saved in " + modelsFolder);
            return;
        }
        Path saved = result.savedModel().orElseThrow();
        assertEquals(modelsFolder, saved.getParent());
        assertTrue(progress.lines.contains("wrote " + saved), progress.lines::toString);
        try {
            ModelInfo loaded = models.load(saved);
            assertEquals(loaded, models.current(), "the saved model is served once loaded");
            assertEquals(result.mnistAfter(), loaded.testAccuracy(), 1e-9, "the saved model is the one measured");
        } finally {
            models.loadShipped();
        }
    }

    @Test
    void cancellingSavesNothing() throws Exception {
        FineTuning fineTuning = OsgiServices.await(FineTuning.class);
        CorrectionStore store = new CorrectionStore(dir.resolve("corrections"));
        HeldOutCorrections.write(OsgiServices.await(DigitClassifier.class), "digits-cnn", store, 5);
        // the first poll is before MNIST is read, the second before the first training step
        Recorded progress = new Recorded(2);
        try (SystemProperties p = new SystemProperties().set("digits.corrections", store.folder().toString())) {
            assertThrows(InterruptedException.class, () -> fineTuning.fineTuneServedModel(progress));
        }
        assertEquals(2, progress.polls, "stopped at the first poll that said cancel");
        assertEquals(List.of(List.of(0, FineTuner.Options.defaults().steps())), progress.steps, "no step done");
        assertFalse(Files.exists(FineTuneRun.modelsFolder(store)), "nothing saved");
    }

    @Test
    void withoutCorrectionsItSaysWhereToMakeThem() throws Exception {
        FineTuning fineTuning = OsgiServices.await(FineTuning.class);
        Path none = dir.resolve("no-corrections-yet");
        Recorded progress = new Recorded(0);
        NoCorrectionsException e;
        try (SystemProperties p = new SystemProperties().set("digits.corrections", none.toString())) {
            e = assertThrows(NoCorrectionsException.class, () -> fineTuning.fineTuneServedModel(progress));
        }
        assertEquals(none, e.folder());
        assertTrue(e.getMessage().contains("\"That was a …\" in the Prediction view"), e.getMessage());
        assertEquals(List.of("0 corrections in " + none), progress.lines);
    }
}
