package org.digitworkbench.inference.training;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.digitworkbench.api.corrections.CorrectionStore;
import org.digitworkbench.api.corrections.FineTuning;
import org.digitworkbench.inference.Dl4jDigitClassifier;
import org.digitworkbench.inference.ModelHost;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The workbench's "Fine-tune on my corrections": {@link FineTuneRun}, as {@code digits train --user-data} runs it,
 * on the model in service and the corrections of {@link CorrectionStore#forUser()}.
 */
@Component(service = FineTuning.class)
public final class CorrectionsFineTuning implements FineTuning {

    /** System property giving the number of training steps, for a quicker (and weaker) fine-tuning. */
    public static final String STEPS_PROPERTY = "digits.fineTune.steps";

    /** The fine-tuner's own progress line for a training step, e.g. "step 50/150, loss 0.0712". */
    private static final Pattern STEP_LINE = Pattern.compile("^step (\\d+)/(\\d+)");

    /** How long to wait for the first model to be in service (ND4J and the model start with the workbench). */
    private static final long MODEL_WAIT_MILLIS = 120_000;

    @Reference
    private ModelHost models;

    @Override
    public Result fineTuneServedModel(Progress progress) throws IOException, InterruptedException {
        long start = System.nanoTime();
        FineTuner.Options options = options();
        progress.steps(0, options.steps());
        Dl4jDigitClassifier served = models.awaitClassifier(MODEL_WAIT_MILLIS);
        FineTuneRun.Outcome outcome = FineTuneRun.run(served.network(), served.info().name(),
                CorrectionStore.forUser(), options, line -> report(line, progress), progress::isCancelled);
        FineTuner.Report r = outcome.report();
        return new Result(r.trainDigits(), r.heldOutDigits(), r.mnistBefore(), r.mnistAfter(), r.heldOutBefore(),
                r.heldOutAfter(), r.keepsMnist(), FineTuner.MNIST_TOLERANCE, Optional.ofNullable(outcome.saved()),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static void report(String line, Progress progress) {
        progress.line(line);
        Matcher step = STEP_LINE.matcher(line);
        if (step.find()) {
            progress.steps(Integer.parseInt(step.group(1)), Integer.parseInt(step.group(2)));
        }
    }

    /** The fine-tuner's defaults, with the steps of {@link #STEPS_PROPERTY} when it is set. */
    static FineTuner.Options options() {
        String steps = System.getProperty(STEPS_PROPERTY, "").strip();
        if (steps.isEmpty()) {
            return FineTuner.Options.defaults();
        }
        if (!steps.matches("[1-9]\\d{0,6}")) {
            throw new IllegalArgumentException("-D" + STEPS_PROPERTY + " must be a number of steps, 1 or more, not "
                    + steps);
        }
        return FineTuneRun.withSteps(Integer.parseInt(steps));
    }
}
