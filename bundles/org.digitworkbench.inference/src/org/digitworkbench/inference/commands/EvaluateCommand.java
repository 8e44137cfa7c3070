package org.digitworkbench.inference.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.digitworkbench.api.CommandArguments;
import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.DigitsCommand;
import org.digitworkbench.api.JsonOutput;
import org.digitworkbench.api.Prediction;
import org.digitworkbench.api.ink.UnipenReader.PenDigit;
import org.digitworkbench.api.mnist.MnistSplit;
import org.digitworkbench.api.mnist.MnistStore;
import org.digitworkbench.inference.Dl4jDigitClassifier;
import org.digitworkbench.inference.ModelArchive;
import org.digitworkbench.inference.ModelHost;
import org.digitworkbench.inference.PenDigitData;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.factory.Nd4j;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code digits evaluate}: accuracy, per-class precision and recall and the confusion matrix of a model on the 10k
 * MNIST test images, computed by DL4J's {@link Evaluation} from the same predictions the workbench shows.
 */
@Component(service = DigitsCommand.class)
public final class EvaluateCommand implements DigitsCommand {

    @Reference
    private ModelHost models;

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String summary() {
        return "accuracy, precision/recall and confusion matrix on the MNIST test set";
    }

    @Override
    public String usage() {
        return """
                digits evaluate [--model FILE] [--json] [--errors]
                digits evaluate --pendigits [--data FILE] [--writers A-B] [--json] [--errors]
                digits evaluate --handwriting [--data FILE] [--writers A-B] [--numbers N]
                  Scores a model (default: the one in service) on the 10,000 MNIST test images.
                  --model FILE      evaluate this model file instead
                  --json            one JSON object: accuracy, perClass, confusion (rows = true digit), errors
                  --errors          also list every misclassified image: index, true, predicted, confidence
                  --pendigits       score real pen handwriting instead, one digit at a time, each digit's
                                    strokes drawn for the network as the Draw view does
                  --handwriting     numbers of 1-6 digits written from real pen strokes, drawn at digit heights
                                    40, 80, 160 and 320 px with pens of 8, 16, 26 and 40 px and read as the Draw
                                    view reads them; prints single digits, digits and whole numbers read right
                  --data FILE       pen digits of this UNIPEN file instead of the ones shipped (UCI pen digits)
                  --writers A-B     only the pen digits of writers A to B (default 21-30, which the shipped
                                    model never saw)
                  --numbers N       numbers per cell (default 300)
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandArguments a = CommandArguments.parse(args, Set.of("--json", "--errors", "--pendigits", "--handwriting"),
                Set.of("--model", "--data", "--writers", "--numbers"));
        DigitClassifier classifier = classifier(a.option("--model", null));
        String writers = a.option("--writers", PenDigitData.HELD_OUT_WRITERS);
        if (a.flag("--handwriting")) {
            List<PenDigit> digits = PenDigitData.read(a.option("--data", null), PenDigitData.writers(writers));
            out.printf(Locale.ROOT, "model %s; handwriting of writers %s, %,d pen digits; numbers of 1-%d digits, "
                    + "%d per cell; every single digit%n%n", classifier.info().name(), writers, digits.size(),
                    HandwritingBenchmark.LONGEST, a.intOption("--numbers", HandwritingBenchmark.NUMBERS));
            out.print(HandwritingBenchmark.table(new HandwritingBenchmark(classifier, digits, HandwritingBenchmark.SEED)
                    .measureAll(a.intOption("--numbers", HandwritingBenchmark.NUMBERS), digits.size())));
            return 0;
        }
        Report report;
        if (a.flag("--pendigits")) {
            String data = a.option("--data", null);
            report = PenDigitsEvaluation.evaluate(classifier, PenDigitData.read(data, PenDigitData.writers(writers)),
                    (data == null ? "pendigits-train.gz" : Path.of(data).getFileName()) + " writers " + writers);
        } else {
            report = evaluate(classifier, MnistStore.standard().load(MnistStore.Split.TEST));
        }
        if (a.flag("--json")) {
            out.println(report.json(a.flag("--errors")));
        } else {
            out.print(report.text(a.flag("--errors")));
        }
        return 0;
    }

    private DigitClassifier classifier(String modelFile) throws Exception {
        if (modelFile == null) {
            return models.awaitClassifier(120_000);
        }
        ModelArchive.Loaded loaded = ModelArchive.read(Path.of(modelFile));
        return new Dl4jDigitClassifier(loaded.network(), loaded.metadata(), modelFile);
    }

    /** A misclassified test image. */
    public record Error(int index, int truth, int predicted, float confidence) {
    }

    /** The evaluation of one model on one split. */
    public record Report(String model, Evaluation evaluation, List<Error> errors, long millis) {

        String text(boolean withErrors) {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "model     %s%n", model));
            sb.append(String.format(Locale.ROOT, "accuracy  %.4f  (%d of %d wrong), %d ms%n", evaluation.accuracy(),
                    errors.size(), evaluation.getNumRowCounter(), millis));
            sb.append("digit  precision  recall     f1\n");
            for (int d = 0; d < 10; d++) {
                sb.append(String.format(Locale.ROOT, "%5d  %9.4f  %6.4f  %6.4f%n", d, evaluation.precision(d),
                        evaluation.recall(d), evaluation.f1(d)));
            }
            sb.append("confusion matrix (rows: true digit, columns: predicted)\n      ");
            for (int p = 0; p < 10; p++) {
                sb.append(String.format("%6d", p));
            }
            sb.append('\n');
            for (int t = 0; t < 10; t++) {
                sb.append(String.format("%6d", t));
                for (int p = 0; p < 10; p++) {
                    sb.append(String.format("%6d", evaluation.getConfusionMatrix().getCount(t, p)));
                }
                sb.append('\n');
            }
            if (withErrors) {
                sb.append("errors (index, true, predicted, confidence)\n");
                for (Error e : errors) {
                    sb.append(String.format(Locale.ROOT, "%d\t%d\t%d\t%.4f%n", e.index, e.truth, e.predicted,
                            e.confidence));
                }
            }
            return sb.toString();
        }

        String json(boolean withErrors) {
            JsonObject o = new JsonObject();
            o.addProperty("model", model);
            o.add("accuracy", JsonOutput.number(evaluation.accuracy()));
            o.addProperty("count", evaluation.getNumRowCounter());
            o.addProperty("wrong", errors.size());
            JsonArray perClass = new JsonArray();
            JsonArray confusion = new JsonArray();
            for (int d = 0; d < 10; d++) {
                JsonObject c = new JsonObject();
                c.addProperty("digit", d);
                c.add("precision", JsonOutput.number(evaluation.precision(d)));
                c.add("recall", JsonOutput.number(evaluation.recall(d)));
                perClass.add(c);
                JsonArray row = new JsonArray();
                for (int p = 0; p < 10; p++) {
                    row.add(evaluation.getConfusionMatrix().getCount(d, p));
                }
                confusion.add(row);
            }
            o.add("perClass", perClass);
            o.add("confusion", confusion);
            if (withErrors) {
                JsonArray list = new JsonArray();
                for (Error e : errors) {
                    JsonObject error = new JsonObject();
                    error.addProperty("index", e.index);
                    error.addProperty("true", e.truth);
                    error.addProperty("predicted", e.predicted);
                    error.add("confidence", JsonOutput.number(e.confidence));
                    list.add(error);
                }
                o.add("errors", list);
            }
            return JsonOutput.line(o);
        }
    }

    /** Classifies the whole split through the classifier service's batch form and scores it with DL4J. */
    public static Report evaluate(DigitClassifier classifier, MnistSplit split) {
        long start = System.currentTimeMillis();
        List<DigitImage> images = new ArrayList<>(split.size());
        int[] labels = new int[split.size()];
        for (int i = 0; i < split.size(); i++) {
            images.add(split.image(i));
            labels[i] = split.label(i);
        }
        return score(classifier.info().name(), classifier.classifyAll(images), labels, start);
    }

    /** Scores predictions against true labels with DL4J's Evaluation; errors are listed by index. */
    static Report score(String model, List<Prediction> predictions, int[] truth, long startMillis) {
        int n = truth.length;
        float[] labels = new float[n * 10];
        float[] probabilities = new float[n * 10];
        List<Error> errors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Prediction p = predictions.get(i);
            labels[i * 10 + truth[i]] = 1f;
            System.arraycopy(p.probabilities(), 0, probabilities, i * 10, 10);
            if (p.digit() != truth[i]) {
                errors.add(new Error(i, truth[i], p.digit(), p.confidence()));
            }
        }
        Evaluation evaluation = new Evaluation(10);
        evaluation.eval(Nd4j.create(labels, new long[] {n, 10}), Nd4j.create(probabilities, new long[] {n, 10}));
        return new Report(model, evaluation, errors, System.currentTimeMillis() - startMillis);
    }
}
