package org.digitworkbench.inference.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.digitworkbench.api.mnist.MnistFile;
import org.digitworkbench.api.mnist.MnistFetcher;
import org.digitworkbench.inference.commands.EvaluateCommand;
import org.nd4j.evaluation.classification.Evaluation;

/** The human-readable record of a training run, written next to the model as Markdown. */
final class ModelCard {

    /** Heading of the one hand-written section of a card: figures of earlier builds, kept when a card is rewritten. */
    static final String HISTORY = "## History";

    private ModelCard() {
    }

    /** Writes the card; the history section of the card it replaces, if any, is kept at its end. */
    static void write(Path card, String markdown) throws IOException {
        String history = "";
        if (Files.isRegularFile(card)) {
            String previous = Files.readString(card, StandardCharsets.UTF_8);
            int at = previous.indexOf("\n" + HISTORY);
            history = at < 0 ? "" : previous.substring(at);
        }
        Files.writeString(card, markdown + history, StandardCharsets.UTF_8);
    }

    /**
     * Pen digits used in training (file null when none were) and the measurements on the writers kept apart: one
     * digit at a time, and the handwriting benchmark's tables.
     */
    record PenData(String file, int trainingDigits, String heldOutWriters, EvaluateCommand.Report heldOut,
            String handwriting) {
    }

    static String markdown(String command, String name, TrainingOptions o, MnistTrainer.Result r, long parameters,
            int trainImages, PenData pen) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Model card: ").append(name).append("\n\n");
        sb.append("Made by `").append(command).append("` (class `MnistTrainer` of bundle ")
                .append("`org.digitworkbench.inference`). Every figure below was computed by that run and is not edited ")
                .append("by hand, except in the section History at the end, if there is one.\n\n");
        sb.append("## Network\n\n");
        sb.append("- Architecture: ").append(NetworkFactory.describe(o)).append('\n');
        sb.append(String.format(Locale.ROOT, "- Trainable parameters: %,d%n", parameters));
        sb.append("- Input: 28×28×1, ink 1.0 on background 0.0, digit normalised as MNIST ")
                .append("(bounding box scaled to 20 px, centre of mass at the centre)\n");
        sb.append("- Output: softmax over the digits 0–9\n");
        sb.append("- Saved without updater state with DL4J `ModelSerializer`, plus `digits-model.json` metadata\n\n");
        training(sb, o, r, trainImages, pen);
        testSet(sb, r.evaluation(), pen);
        sb.append("\n## Handwriting benchmark (writers ").append(pen.heldOutWriters())
                .append(", `digits evaluate --handwriting`)\n\n```\n").append(pen.handwriting()).append("```\n");
        return sb.toString();
    }

    private static void training(StringBuilder sb, TrainingOptions o, MnistTrainer.Result r, int trainImages,
            PenData pen) {
        sb.append("## Training\n\n");
        sb.append(String.format(Locale.ROOT, "- Data: %,d MNIST training images; evaluation on the 10,000 test "
                + "images, never used for training%n", trainImages));
        sb.append("- Source: npm package `").append(MnistFetcher.PACKAGE).append("` (original IDX files), SHA-256:\n");
        for (MnistFile f : MnistFile.values()) {
            sb.append("  - `").append(f.fileName()).append("` `").append(f.sha256()).append("`\n");
        }
        if (pen.file() == null) {
            sb.append("- No other data.\n");
        } else {
            sb.append(String.format(Locale.ROOT, "- Also %,d real pen digits from `%s` (UCI pen-based digits, "
                    + "Alpaydin & Alimoglu, CC BY 4.0; `data/` of the project), all writers except %s, each used "
                    + "%d times per epoch: its strokes turned (±10°), slanted (shear ±0.2) and stretched (±15%%) at "
                    + "random, then drawn for the network exactly as a drawing in the workbench, with a pen width "
                    + "from MNIST's own spread%n", pen.trainingDigits(), pen.file(), pen.heldOutWriters(),
                    PenDigitSource.REPEATS));
        }
        sb.append(String.format(Locale.ROOT, "- Epochs: %d, batch %d, Adam, learning rate %.4g decaying ×%.2f per "
                + "epoch, L2 %.0e, dropout %.2f before the output layer, seed %d%n", r.epochs(), o.batchSize(),
                o.learningRate(), o.lrDecayPerEpoch(), o.l2(), o.dropout(), o.seed()));
        sb.append(String.format(Locale.ROOT, "- Augmentation of MNIST on %.0f%% of the images in each of the first "
                + "%d epochs: rotation ±12°, shear ±0.25, scale 0.8–1.1 per axis, elastic distortion (α 30, σ 4) on "
                + "half of them, stroke thickness ±1 px (grey dilation/erosion) on two thirds, re-normalised as at "
                + "inference, ±1 px jitter; the last %d epochs show MNIST as it is%n", o.augmentedShare() * 100,
                o.epochs() - o.cleanEpochs(), o.cleanEpochs()));
        Duration d = Duration.ofMillis(r.millis());
        sb.append(String.format(Locale.ROOT, "- Training time: %d min %02d s on %d cores (%s, Java %s)%n%n",
                d.toMinutes(), d.toSecondsPart(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.arch"), System.getProperty("java.version")));
    }

    private static void testSet(StringBuilder sb, Evaluation e, PenData pen) {
        sb.append("## Test set (10,000 MNIST test images)\n\n");
        sb.append(String.format(Locale.ROOT, "- **Accuracy: %.4f** (%d errors)%n%n",
                e.accuracy(), Math.round((1 - e.accuracy()) * e.getNumRowCounter())));
        Evaluation h = pen.heldOut().evaluation();
        sb.append(String.format(Locale.ROOT, "- **Real handwriting of writers never seen in training (%s): %.4f** "
                + "on %,d pen digits, each drawn for the network as the Draw view does "
                + "(`digits evaluate --pendigits --writers %s`)%n%n", pen.heldOutWriters(), h.accuracy(),
                h.getNumRowCounter(), pen.heldOutWriters()));
        sb.append("| digit | precision | recall | F1 |\n|---|---|---|---|\n");
        for (int c = 0; c < 10; c++) {
            sb.append(String.format(Locale.ROOT, "| %d | %.4f | %.4f | %.4f |%n", c, e.precision(c), e.recall(c),
                    e.f1(c)));
        }
        sb.append("\nConfusion matrix (rows: true digit, columns: predicted):\n\n|   |");
        for (int p = 0; p < 10; p++) {
            sb.append(' ').append(p).append(" |");
        }
        sb.append("\n|---|");
        sb.append("---|".repeat(10)).append('\n');
        for (int t = 0; t < 10; t++) {
            sb.append("| **").append(t).append("** |");
            for (int p = 0; p < 10; p++) {
                sb.append(' ').append(e.getConfusionMatrix().getCount(t, p)).append(" |");
            }
            sb.append('\n');
        }
    }
}
