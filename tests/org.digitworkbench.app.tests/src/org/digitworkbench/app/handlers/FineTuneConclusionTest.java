package org.digitworkbench.app.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.digitworkbench.api.corrections.FineTuning;
import org.junit.jupiter.api.Test;

/**
 * What the user is told for each way a fine-tuning can end, for the branches a real run cannot be made to take on
 * purpose (whether MNIST is kept is the fine-tuner's business); {@code FineTuneHandlerTest} checks a real run.
 */
class FineTuneConclusionTest {

    private static FineTuning.Result result(double mnistAfter, double heldOutBefore, int heldOutDigits, Path saved) {
        return new FineTuning.Result(80, heldOutDigits, 0.9959, mnistAfter, heldOutBefore, 0.972,
                saved != null, 0.001, Optional.ofNullable(saved), Duration.ofSeconds(134));
    }

    @Test
    void aSavedModelIsOfferedWithTheFigures() {
        Path saved = Path.of("/home/u/.digit-workbench/models/digits-cnn-tuned-20261125-101500.zip");
        FineTuneConclusion c = FineTuneConclusion.of(result(0.9952, 0.676, 21, saved));
        assertEquals(FineTuneConclusion.Kind.OFFER_TO_SERVE, c.kind());
        assertEquals(Optional.of(saved), c.modelToServe());
        assertEquals("""
                Learned from 80 corrected digits in 2 min 14 s.

                MNIST test set: 99.59% before, 99.52% after
                Held-out corrections (21 digits): 67.6% before, 97.2% after

                Saved as /home/u/.digit-workbench/models/digits-cnn-tuned-20261125-101500.zip.

                Serve the fine-tuned model?""", c.message());
    }

    @Test
    void aRefusedModelIsNotOfferedAndTheServedOneStays() {
        FineTuneConclusion c = FineTuneConclusion.of(result(0.9910, 0.676, 21, null));
        assertEquals(FineTuneConclusion.Kind.NOT_KEPT, c.kind());
        assertEquals(Optional.empty(), c.modelToServe());
        assertTrue(c.message().endsWith("It reads MNIST 0.49 points worse than before, more than the 0.1 allowed, "
                + "so it was not saved. The model in service is unchanged."), c.message());
    }

    @Test
    void withNothingHeldOutItSaysSo() {
        FineTuneConclusion c = FineTuneConclusion.of(result(0.9958, Double.NaN, 0, null));
        assertTrue(c.message().contains("Held-out corrections: none yet"), c.message());
        assertTrue(!c.message().contains("NaN"), c.message());
    }
}
