package org.digitworkbench.app.handlers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.digitworkbench.api.corrections.FineTuning;

/**
 * What the user is told when "Fine-tune on My Corrections" ends, and which model may be served: decided here, apart
 * from the dialogs, so that a test can check it against a real result.
 *
 * @param modelToServe the saved model the user is asked to serve; present only for {@link Kind#OFFER_TO_SERVE}
 */
record FineTuneConclusion(Kind kind, String title, String message, Optional<Path> modelToServe) {

    enum Kind {
        /** Saved: the figures, then "Serve the fine-tuned model?" (Yes/No). */
        OFFER_TO_SERVE,
        /** Refused because MNIST fell too far: the figures and why; nothing to serve. */
        NOT_KEPT,
        /** Nothing corrected yet: how to make corrections. */
        NO_CORRECTIONS,
        /** Something failed: what, and that the model in service is unchanged. */
        FAILED,
        /** The user cancelled: nothing to say. */
        CANCELLED
    }

    static final String SERVE_QUESTION = "Serve the fine-tuned model?";
    static final String UNCHANGED = "The model in service is unchanged.";

    static FineTuneConclusion of(FineTuning.Result r) {
        String figures = figures(r);
        if (r.savedModel().isPresent()) {
            Path file = r.savedModel().get();
            return new FineTuneConclusion(Kind.OFFER_TO_SERVE, "Fine-tuned model saved",
                    figures + "\n\nSaved as " + file + ".\n\n" + SERVE_QUESTION, Optional.of(file));
        }
        return new FineTuneConclusion(Kind.NOT_KEPT, "Fine-tuned model not kept", figures + String.format(Locale.ROOT,
                "\n\nIt reads MNIST %.2f points worse than before, more than the %.1f allowed, so it was not saved. ",
                (r.mnistBefore() - r.mnistAfter()) * 100, r.mnistTolerance() * 100) + UNCHANGED, Optional.empty());
    }

    static FineTuneConclusion noCorrections(Path folder) {
        return new FineTuneConclusion(Kind.NO_CORRECTIONS, "No corrections yet",
                "There is nothing to learn from yet: no corrections in " + folder + ".\n\n"
                        + "To make some, draw a number in the Draw view; when the Prediction view reads it wrong, "
                        + "type the right digits in the \"That was a …\" boxes and press Save to my data. "
                        + "Then fine-tune again.",
                Optional.empty());
    }

    static FineTuneConclusion failed(Throwable e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new FineTuneConclusion(Kind.FAILED, "Fine-tuning failed", reason + "\n\n" + UNCHANGED,
                Optional.empty());
    }

    static FineTuneConclusion cancelled() {
        return new FineTuneConclusion(Kind.CANCELLED, "Fine-tuning cancelled", UNCHANGED, Optional.empty());
    }

    /** Before and after, on MNIST and on the corrections held out of the training. */
    static String figures(FineTuning.Result r) {
        String heldOut = r.heldOutDigits() == 0
                ? "Held-out corrections: none yet (every fifth correction is kept apart to check the result)"
                : String.format(Locale.ROOT, "Held-out corrections (%d digits): %.1f%% before, %.1f%% after",
                        r.heldOutDigits(), r.heldOutBefore() * 100, r.heldOutAfter() * 100);
        return String.format(Locale.ROOT, "Learned from %d corrected digits in %s.\n\nMNIST test set: %.2f%% "
                + "before, %.2f%% after\n%s", r.learnedDigits(), duration(r.elapsed()), r.mnistBefore() * 100,
                r.mnistAfter() * 100, heldOut);
    }

    private static String duration(Duration d) {
        long s = Math.max(1, Math.round(d.toMillis() / 1000.0));
        return s < 60 ? s + " s" : String.format(Locale.ROOT, "%d min %d s", s / 60, s % 60);
    }
}
