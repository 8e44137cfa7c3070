package org.digitworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code digits train}: a quick model with its card, and fine-tuning with nothing to learn from. */
class TrainCommandTest {

    @TempDir
    Path dir;

    @Test
    void trainMakesALoadableModelAndItsCardKeepingTheCardsHistory() throws Exception {
        String history = "## History\n\nWritten by hand: figures of an earlier build.\n";
        Files.writeString(dir.resolve("quick.md"), "# Model card: quick\n\nAn earlier run's figures.\n\n" + history);
        CommandRun r = CommandRun.of("train", "--limit", "2048", "--epochs", "1", "--out", dir.toString(), "--name",
                "quick");
        assertEquals(0, r.code(), r.err());
        Path model = dir.resolve("quick.zip");
        Path card = dir.resolve("quick.md");
        assertTrue(Files.isRegularFile(model) && Files.isRegularFile(card), r.out());
        ModelArchive.Loaded loaded = ModelArchive.read(model);
        assertEquals("quick", loaded.metadata().name());
        assertTrue(loaded.metadata().testAccuracy() > 0.7, "one epoch on 2,048 images: "
                + loaded.metadata().testAccuracy());
        String markdown = Files.readString(card);
        assertTrue(markdown.contains("**Accuracy: "), markdown);
        assertTrue(markdown.contains(String.format(Locale.ROOT, "%.4f",
                loaded.metadata().testAccuracy())), "the card shows the accuracy stored in the model");
        assertTrue(markdown.contains("pendigits-train.gz") && markdown.contains("whole numbers of 2-5 digits"),
                "trained on the shipped pen digits, with the handwriting tables: " + markdown);
        assertTrue(markdown.endsWith("```\n\n" + history) && !markdown.contains("An earlier run's figures"),
                "the new card, then the hand-written history of the one it replaced: " + markdown);
    }

    /** Nothing corrected yet is not a usage error: one line saying what to do, no usage text. */
    @Test
    void fineTuningWithoutCorrectionsSaysWhatToDo() throws Exception {
        // the command line prints usage for IllegalArgumentException only; other failures are one line, exit 1
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CommandRun.of("train", "--user-data", "--corrections", dir.resolve("none").toString()));
        assertEquals("no corrections to learn from yet: use \"That was a …\" in the Prediction view first",
                e.getMessage());
    }
}
