package org.digitworkbench.inference.training;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.digitworkbench.api.corrections.CorrectionStore;
import org.digitworkbench.api.mnist.MnistFetcher;
import org.digitworkbench.api.mnist.MnistSplit;
import org.digitworkbench.api.mnist.MnistStore;
import org.digitworkbench.inference.ModelArchive;
import org.digitworkbench.inference.ModelMetadata;

/** {@code digits train --user-data}: the served model fine-tuned on the user's corrections, measured, saved. */
final class FineTuneRun {

    private FineTuneRun() {
    }

    /** Where fine-tuned models go: beside the corrections, in the user's own folder. */
    static Path modelsFolder(CorrectionStore store) {
        return store.folder().resolveSibling("models");
    }

    static FineTuner.Report run(MultiLayerNetwork served, String servedName, CorrectionStore store,
            FineTuner.Options options, PrintStream out) throws IOException, InterruptedException {
        CorrectionStore.Contents contents = store.load();
        contents.problems().forEach(p -> out.println("skipped " + p));
        out.printf(Locale.ROOT, "%d corrections in %s%n", contents.corrections().size(), store.folder());
        MnistStore mnist = MnistStore.standard();
        if (!mnist.isComplete()) {
            new MnistFetcher(mnist, out::println).fetch();
        }
        MnistSplit train = mnist.load(MnistStore.Split.TRAIN);
        MnistSplit test = mnist.load(MnistStore.Split.TEST);
        FineTuner.Report report = new FineTuner(options).fineTune(served, contents.corrections(), train, test,
                out::println, () -> false);
        out.printf(Locale.ROOT, "MNIST test: %.2f%% before, %.2f%% after%n", report.mnistBefore() * 100,
                report.mnistAfter() * 100);
        out.printf(Locale.ROOT, "held-out corrections (%d digits): %s before, %s after%n", report.heldOutDigits(),
                percent(report.heldOutBefore()), percent(report.heldOutAfter()));
        if (!report.keepsMnist()) {
            out.printf(Locale.ROOT, "not saved: MNIST accuracy would fall by %.2f points (at most %.1f allowed); "
                    + "the served model is unchanged%n", (report.mnistBefore() - report.mnistAfter()) * 100,
                    FineTuner.MNIST_TOLERANCE * 100);
            return report;
        }
        Path folder = modelsFolder(store);
        Files.createDirectories(folder);
        String name = servedName + "-tuned-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path file = folder.resolve(name + ".zip");
        ModelArchive.write(report.network(), new ModelMetadata(name, String.format(Locale.ROOT,
                "%s fine-tuned on %d corrected digits", servedName, report.trainDigits()), report.mnistAfter(),
                Instant.now().toString()), file);
        out.printf("wrote %s%nserve it: File > Open Model… in the workbench, or digits evaluate --model %s%n", file,
                file);
        return report;
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", value * 100);
    }
}
