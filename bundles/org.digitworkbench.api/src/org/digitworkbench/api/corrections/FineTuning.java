package org.digitworkbench.api.corrections;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Fine-tunes the model in service on the user's corrections ({@link CorrectionStore#forUser()}) mixed with MNIST,
 * measures it before and after, and saves the result beside the corrections only when it keeps MNIST. The model in
 * service is never changed: serving the saved file is the caller's choice. An OSGi service of the bundle that knows
 * the network; {@code digits train --user-data} runs the same code.
 */
public interface FineTuning {

    /** What a running fine-tuning tells, and how it learns that it should stop. Called from the working thread. */
    interface Progress {

        /** Training steps done out of all; called with 0 before the first step, then as steps are done. */
        void steps(int done, int total);

        /** A line saying what is being done or measured, as {@code digits train --user-data} prints it. */
        void line(String text);

        /** Polled between steps: true ends the work, nothing saved. */
        boolean isCancelled();
    }

    /**
     * What the fine-tuning did. Accuracies are shares (0.9959 is 99.59%); the held-out ones are NaN when no
     * correction was held out (every fifth is). {@code savedModel} is absent when MNIST was not kept.
     */
    record Result(int learnedDigits, int heldOutDigits, double mnistBefore, double mnistAfter, double heldOutBefore,
            double heldOutAfter, boolean keptMnist, double mnistTolerance, Optional<Path> savedModel,
            Duration elapsed) {
    }

    /**
     * Fine-tunes the model in service on the user's corrections.
     *
     * @throws NoCorrectionsException when the user has not corrected anything yet
     * @throws InterruptedException   when {@link Progress#isCancelled()} said so; nothing is saved
     * @throws IOException            when the corrections, MNIST or the models folder cannot be read or written
     */
    Result fineTuneServedModel(Progress progress) throws IOException, InterruptedException;
}
