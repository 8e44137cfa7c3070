package org.digitworkbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.digitworkbench.api.CommandArguments;
import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.DigitsCommand;
import org.digitworkbench.api.Json;
import org.digitworkbench.api.Prediction;
import org.digitworkbench.api.image.ImageFiles;
import org.digitworkbench.api.image.InkImage;
import org.digitworkbench.api.image.MnistPreprocessor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code digits predict IMAGE…}: reads drawings of any size (dark ink on light or light on dark), prepares them as
 * MNIST was prepared and prints what the classifier service reads.
 */
@Component(service = DigitsCommand.class)
public final class PredictCommand implements DigitsCommand {

    /** The first model loads in the background; the command waits for it rather than failing. */
    private static final long MODEL_TIMEOUT_MS = 120_000;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DigitClassifier classifier;

    @Override
    public String name() {
        return "predict";
    }

    @Override
    public String summary() {
        return "read the digits drawn in image files (PNG, JPEG, BMP)";
    }

    @Override
    public String usage() {
        return """
                digits predict [--json] IMAGE...
                  Prints one line per file: path<TAB>digits<TAB>confidence. A file without ink prints an empty
                  digits field. --json prints one JSON object per file with all 10 probabilities.
                  Exits non-zero if any file could not be read; the reason goes to stderr.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandArguments a = CommandArguments.parse(args, Set.of("--json"), Set.of());
        if (a.positional().isEmpty()) {
            throw new IllegalArgumentException("no image given");
        }
        DigitClassifier model = awaitClassifier();
        int failures = 0;
        for (String name : a.positional()) {
            try {
                InkImage ink = ImageFiles.read(Path.of(name));
                Optional<DigitImage> digit = MnistPreprocessor.preprocess(ink);
                Optional<Prediction> prediction = digit.map(model::classify);
                out.println(a.flag("--json") ? json(name, prediction) : line(name, prediction));
            } catch (IOException | RuntimeException e) {
                err.println("digits predict: " + (e.getMessage() != null ? e.getMessage() : e));
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private DigitClassifier awaitClassifier() {
        long deadline = System.currentTimeMillis() + MODEL_TIMEOUT_MS;
        DigitClassifier c;
        while ((c = classifier) == null) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("no model is in service (see the log for why it failed to load)");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the model", e);
            }
        }
        return c;
    }

    private static String line(String name, Optional<Prediction> p) {
        return p.map(x -> String.format(Locale.ROOT, "%s\t%d\t%.4f", name, x.digit(), x.confidence()))
                .orElse(name + "\t\t");
    }

    private static String json(String name, Optional<Prediction> p) {
        if (p.isEmpty()) {
            return "{\"path\":" + Json.string(name) + ",\"digits\":\"\",\"confidence\":null,\"probabilities\":[]}";
        }
        Prediction x = p.get();
        return "{\"path\":" + Json.string(name) + ",\"digits\":\"" + x.digit() + "\",\"confidence\":"
                + Json.number(x.confidence()) + ",\"probabilities\":" + Json.numbers(x.probabilities()) + "}";
    }
}
