package org.digitworkbench.inference.training;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

import org.digitworkbench.api.CommandArguments;
import org.digitworkbench.api.DigitsCommand;
import org.digitworkbench.api.mnist.MnistSplit;
import org.digitworkbench.api.mnist.MnistStore;
import org.digitworkbench.inference.Dl4jDigitClassifier;
import org.digitworkbench.inference.ModelArchive;
import org.digitworkbench.inference.ModelMetadata;
import org.digitworkbench.inference.Nd4jRuntime;
import org.digitworkbench.inference.commands.EvaluateCommand;
import org.digitworkbench.inference.commands.PenDigitsEvaluation;
import org.osgi.service.component.annotations.Component;

/** {@code digits train}: trains the shipped network from scratch and writes model + model card. */
@Component(service = DigitsCommand.class)
public final class TrainCommand implements DigitsCommand {

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String summary() {
        return "train the CNN from scratch on the 60k MNIST training images (about 40 min on 2 cores)";
    }

    @Override
    public String usage() {
        TrainingOptions d = TrainingOptions.defaults();
        return """
                digits train [--epochs N] [--seed S] [--out DIR] [--name NAME] [--limit N]
                             [--pendigits FILE [--holdout-writers A-B]]
                  Trains the network on MNIST (fetch it first: digits fetch-mnist), evaluates it on the test set
                  with DL4J's Evaluation and writes DIR/NAME.zip (the model) and DIR/NAME.md (its model card).
                  --pendigits FILE  also train on real pen digits (UNIPEN, as ../shared/data/pendigits-train),
                                    except those of the held-out writers (default 21-30), which measure the model
                  --epochs N  passes over the training set (default %d)
                  --seed S    seed for initialisation, shuffling and augmentation (default %d)
                  --out DIR   output folder (default: models)
                  --name NAME file name without extension (default: digits-cnn)
                  --limit N   train on the first N images only, for a quick check
                """.formatted(d.epochs(), d.seed());
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandArguments a = CommandArguments.parse(args, Set.of(),
                Set.of("--epochs", "--seed", "--out", "--name", "--limit", "--pendigits", "--holdout-writers"));
        TrainingOptions defaults = TrainingOptions.defaults();
        TrainingOptions options = new TrainingOptions(Long.parseLong(a.option("--seed", "" + defaults.seed())),
                a.intOption("--epochs", defaults.epochs()), defaults.batchSize(), defaults.learningRate(),
                defaults.lrDecayPerEpoch(), defaults.l2(), defaults.conv1(), defaults.conv2(), defaults.dense(),
                defaults.dropout(), defaults.augmentedShare());
        Path dir = Path.of(a.option("--out", "models"));
        String name = a.option("--name", "digits-cnn");
        MnistStore store = MnistStore.standard();
        MnistSplit train = store.load(MnistStore.Split.TRAIN);
        MnistSplit test = store.load(MnistStore.Split.TEST);
        int limit = a.intOption("--limit", train.size());
        if (limit < options.batchSize() || limit > train.size()) {
            throw new IllegalArgumentException("--limit must be between " + options.batchSize() + " and "
                    + train.size());
        }
        String penFile = a.option("--pendigits", null);
        IntPredicate heldOut = EvaluateCommand.writers(a.option("--holdout-writers", "21-30"));
        PenDigitSource pen = penFile == null ? null : PenDigitSource.read(Path.of(penFile), heldOut.negate());
        out.printf(Locale.ROOT, "ND4J started in %d ms; training on %,d MNIST images%s, testing on %,d%n",
                Nd4jRuntime.ensureStarted(), limit,
                pen == null ? "" : String.format(Locale.ROOT, " and %,d pen digits", pen.size()), test.size());
        MnistTrainer.Result result = new MnistTrainer(options, pen, line -> {
            out.println(line);
            out.flush();
        }).train(limit == train.size() ? train : train.head(limit), test);
        EvaluateCommand.Report penReport = null;
        if (penFile != null) {
            ModelMetadata provisional = ModelMetadata.unknown(name, NetworkFactory.describe(options));
            penReport = PenDigitsEvaluation.evaluate(new Dl4jDigitClassifier(result.network(), provisional, "training"),
                    Path.of(penFile), PenDigitsEvaluation.SIZE, PenDigitsEvaluation.PEN, heldOut);
            out.printf(Locale.ROOT, "held-out writers %s: accuracy %.4f on %,d pen digits%n",
                    a.option("--holdout-writers", "21-30"), penReport.evaluation().accuracy(),
                    penReport.evaluation().getNumRowCounter());
        }
        Files.createDirectories(dir);
        Path model = dir.resolve(name + ".zip");
        ModelMetadata metadata = new ModelMetadata(name, NetworkFactory.describe(options),
                result.evaluation().accuracy(), Instant.now().toString());
        ModelArchive.write(result.network(), metadata, model);
        Path card = dir.resolve(name + ".md");
        Files.writeString(card, ModelCard.markdown(("digits train " + String.join(" ", args)).trim(), name, options, result, result.network().numParams(), limit,
                pen == null ? null : new ModelCard.PenData(Path.of(penFile).getFileName().toString(), pen.size(),
                        a.option("--holdout-writers", "21-30"), penReport)), StandardCharsets.UTF_8);
        out.printf(Locale.ROOT, "test accuracy %.4f after %d epochs in %d s%nwrote %s and %s%n",
                result.evaluation().accuracy(), result.epochs(), result.millis() / 1000, model, card);
        return 0;
    }
}
