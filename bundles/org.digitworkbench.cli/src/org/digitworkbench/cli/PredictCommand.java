package org.digitworkbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import org.digitworkbench.api.CommandArguments;
import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.DigitsCommand;
import org.digitworkbench.api.JsonOutput;
import org.digitworkbench.api.image.ImageFiles;
import org.digitworkbench.api.image.InkImage;
import org.digitworkbench.api.reading.Box;
import org.digitworkbench.api.reading.DigitReading;
import org.digitworkbench.api.reading.NumberReader;
import org.digitworkbench.api.reading.Reading;
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
        return "read the digits and numbers drawn in image files (PNG, JPEG, BMP)";
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
                Reading reading = NumberReader.read(model, ink);
                out.println(a.flag("--json") ? json(name, reading) : line(name, reading));
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

    private static String line(String name, Reading r) {
        return r.isEmpty() ? name + "\t\t" : String.format(Locale.ROOT, "%s\t%s\t%.4f", name, r.number(), r.confidence());
    }

    /**
     * One object per file: "digits" and "confidence" (of the least sure digit), "probabilities" (all ten, when the
     * picture holds one digit) and "perDigit" (each digit's answer, probabilities and box in the picture).
     */
    private static String json(String name, Reading r) {
        JsonObject o = new JsonObject();
        o.addProperty("path", name);
        o.addProperty("digits", r.number());
        o.add("confidence", r.isEmpty() ? JsonNull.INSTANCE : JsonOutput.number(r.confidence()));
        o.add("probabilities", r.digits().size() == 1
                ? JsonOutput.numbers(r.digits().get(0).prediction().probabilities()) : new JsonArray());
        JsonArray perDigit = new JsonArray();
        for (DigitReading d : r.digits()) {
            Box b = d.bounds();
            JsonObject digit = new JsonObject();
            digit.addProperty("digit", d.prediction().digit());
            digit.add("confidence", JsonOutput.number(d.prediction().confidence()));
            digit.add("probabilities", JsonOutput.numbers(d.prediction().probabilities()));
            digit.add("box", JsonOutput.numbers(b.x0(), b.y0(), b.x1(), b.y1()));
            perDigit.add(digit);
        }
        o.add("perDigit", perDigit);
        return JsonOutput.line(o);
    }
}
