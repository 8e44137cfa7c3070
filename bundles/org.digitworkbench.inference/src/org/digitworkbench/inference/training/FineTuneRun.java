package org.digitworkbench.inference.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.digitworkbench.api.corrections.CorrectionStore;
import org.digitworkbench.api.corrections.NoCorrectionsException;
import org.digitworkbench.api.mnist.MnistFetcher;
import org.digitworkbench.api.mnist.MnistSplit;
import org.digitworkbench.api.mnist.MnistStore;
import org.digitworkbench.inference.ModelArchive;
import org.digitworkbench.inference.ModelMetadata;

/**
 * The served model fine-tuned on the user's corrections, measured, and saved when it keeps MNIST: the one path of
 * {@code digits train --user-data} (lines printed) and of the workbench's {@link CorrectionsFineTuning} (lines shown
 * as progress).
 */
final class FineTuneRun {

    /** The fine-tuner's report and the model file written, or null when the result was refused. */
    record Outcome(FineTuner.Report report, Path saved) {
    }

    private FineTuneRun() {
    }

    /** Where fine-tuned models go: beside the corrections, in the user's own folder. */
    static Path modelsFolder(CorrectionStore store) {
        return store.folder().resolveSibling("models");
    }

    /** The fine-tuner's defaults with another number of training steps. */
    static FineTuner.Options withSteps(int steps) {
        return FineTuner.Options.defaults().withSteps(steps);
    }

    /**
     * Fine-tunes a copy of {@code served}; {@code served} itself is left as it is. Cancellation is honoured between
     * training steps and before anything is saved.
     */
    static Outcome run(MultiLayerNetwork served, String servedName, CorrectionStore store, FineTuner.Options options,
            Consumer<String> lines, BooleanSupplier cancelled) throws IOException, InterruptedException {
        CorrectionStore.Contents contents = store.load();
        contents.problems().forEach(p -> lines.accept("skipped " + p));
        lines.accept(String.format(Locale.ROOT, "%d corrections in %s", contents.corrections().size(),
                store.folder()));
        if (contents.corrections().isEmpty()) {
            throw new NoCorrectionsException(store.folder()); // before MNIST is fetched for nothing
        }
        checkCancelled(cancelled);
        MnistStore mnist = MnistStore.standard();
        if (!mnist.isComplete()) {
            new MnistFetcher(mnist, lines).fetch();
        }
        MnistSplit train = mnist.load(MnistStore.Split.TRAIN);
        MnistSplit test = mnist.load(MnistStore.Split.TEST);
        FineTuner.Report report = new FineTuner(options).fineTune(served, contents.corrections(), train, test,
                lines, cancelled);
        lines.accept(String.format(Locale.ROOT, "MNIST test: %.2f%% before, %.2f%% after",
                report.mnistBefore() * 100, report.mnistAfter() * 100));
        lines.accept(String.format(Locale.ROOT, "held-out corrections (%d digits): %s before, %s after",
                report.heldOutDigits(), percent(report.heldOutBefore()), percent(report.heldOutAfter())));
        if (!report.keepsMnist()) {
            lines.accept(String.format(Locale.ROOT, "not saved: MNIST accuracy would fall by %.2f points "
                    + "(at most %.1f allowed); the served model is unchanged",
                    (report.mnistBefore() - report.mnistAfter()) * 100, FineTuner.MNIST_TOLERANCE * 100));
            return new Outcome(report, null);
        }
        checkCancelled(cancelled);
        Path folder = modelsFolder(store);
        Files.createDirectories(folder);
        String name = servedName + "-tuned-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path file = folder.resolve(name + ".zip");
        ModelArchive.write(report.network(), new ModelMetadata(name, String.format(Locale.ROOT,
                "%s fine-tuned on %d corrected digits", servedName, report.trainDigits()), report.mnistAfter(),
                Instant.now().toString()), file);
        lines.accept("wrote " + file);
        return new Outcome(report, file);
    }

    private static void checkCancelled(BooleanSupplier cancelled) throws InterruptedException {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("fine-tuning cancelled");
        }
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", value * 100);
    }
}
