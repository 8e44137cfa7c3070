package org.digitworkbench.inference.training;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

import org.digitworkbench.api.ink.UnipenReader.PenDigit;
import org.digitworkbench.api.mnist.MnistFetcher;

import org.digitworkbench.api.CommandArguments;
import org.digitworkbench.api.DigitsCommand;
import org.digitworkbench.api.corrections.CorrectionStore;
import org.digitworkbench.api.mnist.MnistSplit;
import org.digitworkbench.api.mnist.MnistStore;
import org.digitworkbench.inference.Dl4jDigitClassifier;
import org.digitworkbench.inference.ModelArchive;
import org.digitworkbench.inference.ModelHost;
import org.digitworkbench.inference.ModelMetadata;
import org.digitworkbench.inference.Nd4jRuntime;
import org.digitworkbench.inference.PenDigitData;
import org.digitworkbench.inference.commands.EvaluateCommand;
import org.digitworkbench.inference.commands.HandwritingBenchmark;
import org.digitworkbench.inference.commands.PenDigitsEvaluation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code digits train}: trains the shipped network from scratch and writes model + model card. */
@Component(service = DigitsCommand.class)
public final class TrainCommand implements DigitsCommand {

    @Reference
    private ModelHost models;

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String summary() {
        return "train the CNN from scratch on MNIST and the shipped pen digits (about 45 min on 2 cores)";
    }

    @Override
    public String usage() {
        TrainingOptions d = TrainingOptions.defaults();
        return """
                digits train [--epochs N] [--seed S] [--out DIR] [--name NAME] [--limit N]
                             [--pendigits FILE | --mnist-only] [--holdout-writers A-B]
                  Trains the network on MNIST (fetched first if missing) and on the real pen digits that come
                  with the product, evaluates it with DL4J's Evaluation and writes DIR/NAME.zip (the model) and
                  DIR/NAME.md (its model card, with the handwriting benchmark of digits evaluate --handwriting).
                  Without options this is the recipe of the shipped model.
                  --pendigits FILE  train on these pen digits (UNIPEN) instead of the ones shipped
                  --mnist-only      train on MNIST alone
                  --holdout-writers A-B  pen-digit writers kept apart to measure the model (default %s)
                  --epochs N  passes over the training set (default %d)
                  --seed S    seed for initialisation, shuffling and augmentation (default %d)
                  --out DIR   output folder (default: models)
                  --name NAME file name without extension (default: digits-cnn)
                  --limit N   train on the first N MNIST images only, for a quick check
                digits train --user-data [--model FILE] [--corrections DIR] [--steps N]
                  Fine-tunes the model in service (or FILE) on your corrections ("That was a …" in the
                  Prediction view) mixed with MNIST, prints accuracy before and after on the MNIST test set and
                  on every fifth correction (held out), and saves the result beside your corrections when MNIST
                  accuracy falls by at most 0.1 point.
                  --corrections DIR  your corrections (default ~/.digit-workbench/corrections)
                  --steps N          training steps of 128 images (default %d)
                """.formatted(PenDigitData.HELD_OUT_WRITERS, d.epochs(), d.seed(),
                FineTuner.Options.defaults().steps());
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandArguments a = CommandArguments.parse(args, Set.of("--mnist-only", "--user-data"),
                Set.of("--epochs", "--seed", "--out", "--name", "--limit", "--pendigits", "--holdout-writers",
                        "--model", "--corrections", "--steps"));
        if (a.flag("--user-data")) {
            return fineTune(a, out);
        }
        TrainingOptions defaults = TrainingOptions.defaults();
        TrainingOptions options = defaults.with(Long.parseLong(a.option("--seed", "" + defaults.seed())),
                a.intOption("--epochs", defaults.epochs()));
        Path dir = Path.of(a.option("--out", "models"));
        String name = a.option("--name", "digits-cnn");
        MnistStore store = MnistStore.standard();
        if (!store.isComplete()) {
            new MnistFetcher(store, out::println).fetch();
        }
        MnistSplit train = store.load(MnistStore.Split.TRAIN);
        MnistSplit test = store.load(MnistStore.Split.TEST);
        int limit = a.intOption("--limit", train.size());
        if (limit < options.batchSize() || limit > train.size()) {
            throw new IllegalArgumentException("--limit must be between " + options.batchSize() + " and "
                    + train.size());
        }
        String penFile = a.option("--pendigits", null);
        String heldOutWriters = a.option("--holdout-writers", PenDigitData.HELD_OUT_WRITERS);
        IntPredicate heldOut = PenDigitData.writers(heldOutWriters);
        String penSource = penFile == null ? "pendigits-train.gz" : Path.of(penFile).getFileName().toString();
        PenDigitSource pen = a.flag("--mnist-only") ? null
                : new PenDigitSource(PenDigitData.read(penFile, heldOut.negate()));
        out.printf(Locale.ROOT, "ND4J started in %d ms; training on %,d MNIST images%s, testing on %,d%n",
                Nd4jRuntime.ensureStarted(), limit,
                pen == null ? "" : String.format(Locale.ROOT, " and %,d pen digits (×%d)", pen.distinctDigits(),
                        PenDigitSource.REPEATS), test.size());
        MnistTrainer.Result result = new MnistTrainer(options, pen, line -> {
            out.println(line);
            out.flush();
        }).train(limit == train.size() ? train : train.head(limit), test);
        ModelMetadata metadata = new ModelMetadata(name, NetworkFactory.describe(options),
                result.evaluation().accuracy(), Instant.now().toString());
        Dl4jDigitClassifier trained = new Dl4jDigitClassifier(result.network(), metadata, "training");
        List<PenDigit> heldOutDigits = PenDigitData.read(penFile, heldOut);
        EvaluateCommand.Report penReport = PenDigitsEvaluation.evaluate(trained, heldOutDigits,
                penSource + " writers " + heldOutWriters);
        out.printf(Locale.ROOT, "held-out writers %s: accuracy %.4f on %,d pen digits%n", heldOutWriters,
                penReport.evaluation().accuracy(), penReport.evaluation().getNumRowCounter());
        String handwriting = HandwritingBenchmark.table(new HandwritingBenchmark(trained, heldOutDigits,
                HandwritingBenchmark.SEED).measureAll(HandwritingBenchmark.NUMBERS, heldOutDigits.size()));
        out.print(handwriting);
        Files.createDirectories(dir);
        Path model = dir.resolve(name + ".zip");
        ModelArchive.write(result.network(), metadata, model);
        Path card = dir.resolve(name + ".md");
        String command = ("digits train " + String.join(" ", args)).trim();
        ModelCard.write(card, ModelCard.markdown(command, name, options, result, result.network().numParams(),
                limit, new ModelCard.PenData(pen == null ? null : penSource, pen == null ? 0 : pen.distinctDigits(),
                        heldOutWriters, penReport, handwriting)));
        out.printf(Locale.ROOT, "test accuracy %.4f after %d epochs in %d s%nwrote %s and %s%n",
                result.evaluation().accuracy(), result.epochs(), result.millis() / 1000, model, card);
        return 0;
    }

    private int fineTune(CommandArguments a, PrintStream out) throws Exception {
        String modelFile = a.option("--model", null);
        Dl4jDigitClassifier served;
        if (modelFile == null) {
            served = models.awaitClassifier(120_000);
        } else {
            ModelArchive.Loaded loaded = ModelArchive.read(Path.of(modelFile));
            served = new Dl4jDigitClassifier(loaded.network(), loaded.metadata(), modelFile);
        }
        String corrections = a.option("--corrections", null);
        CorrectionStore store = corrections == null ? CorrectionStore.forUser() : new CorrectionStore(Path.of(corrections));
        FineTuner.Options options = FineTuneRun.withSteps(a.intOption("--steps", FineTuner.Options.defaults().steps()));
        FineTuneRun.Outcome outcome = FineTuneRun.run(served.network(), served.info().name(), store, options,
                out::println, () -> false);
        if (outcome.saved() != null) {
            out.printf("serve it: File > Open Model… in the workbench, or digits evaluate --model %s%n",
                    outcome.saved());
        }
        return 0;
    }
}
