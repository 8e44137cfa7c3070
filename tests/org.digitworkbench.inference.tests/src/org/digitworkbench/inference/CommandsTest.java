package org.digitworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.digitworkbench.tests.support.OsgiServices;
import org.digitworkbench.tests.support.StrictJson;
import org.digitworkbench.api.DigitsCommand;
import org.digitworkbench.api.ink.StrokeRasterizer;
import org.digitworkbench.api.ink.Strokes;
import org.digitworkbench.api.ink.UnipenReader;
import org.digitworkbench.tests.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digits commands as their OSGi services run them for the command line. */
class CommandsTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String command, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        DigitsCommand c = OsgiServices.command(command);
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = c.run(List.of(args), o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path png(String name, BufferedImage image) throws IOException {
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /**
     * Real handwriting of writers the model never saw, drawn as PNG files of several sizes and read back by digits
     * predict.
     */
    @Test
    void predictReadsRealPenDigitsFromImageFiles() throws Exception {
        List<UnipenReader.PenDigit> digits = TestData.heldOutPenDigits();
        List<String> files = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        int[] sizes = {120, 280, 600};
        for (int i = 0; i < digits.size(); i += 8) {
            UnipenReader.PenDigit d = digits.get(i);
            int size = sizes[i % sizes.length];
            var strokes = Strokes.fit(d.strokes(), size, size, size / 10f);
            files.add(png("pen-" + i + ".png", StrokeRasterizer.render(strokes, size, size, size * 0.065f)).toString());
            labels.add(d.label());
        }
        Run r = run("predict", files.toArray(String[]::new));
        assertEquals(0, r.code, r.err);
        String[] lines = r.out.strip().split("\n");
        assertEquals(files.size(), lines.length);
        int correct = 0;
        for (int i = 0; i < lines.length; i++) {
            String[] f = lines[i].split("\t");
            assertEquals(files.get(i), f[0]);
            if (f[1].equals(String.valueOf(labels.get(i)))) {
                correct++;
            }
        }
        double accuracy = correct / (double) lines.length;
        System.out.printf("digits predict on %d pen-digit PNGs of the held-out writers 21-30: accuracy %.4f%n",
                lines.length, accuracy);
        assertTrue(accuracy >= 0.90, "accuracy " + accuracy);
    }

    /**
     * Numbers of 2–6 real pen digits (held-out writers) written side by side in one picture are read whole, left
     * to right.
     */
    @Test
    void predictReadsWholeNumbersFromOnePicture() throws Exception {
        List<UnipenReader.PenDigit> digits = TestData.heldOutPenDigits();
        List<String> files = new ArrayList<>();
        List<String> truths = new ArrayList<>();
        for (int length = 2; length <= 6; length++) {
            for (int trial = 0; trial < 6; trial++) {
                int start = (length * 1301 + trial * 577) % (digits.size() - 6);
                int cell = 160;
                List<org.digitworkbench.api.ink.Stroke> strokes = new ArrayList<>();
                StringBuilder truth = new StringBuilder();
                for (int k = 0; k < length; k++) {
                    UnipenReader.PenDigit d = digits.get(start + k);
                    truth.append(d.label());
                    for (var s : Strokes.fit(d.strokes(), cell, 200, 20)) {
                        strokes.add(s.transformed(1f, k * cell, 20));
                    }
                }
                files.add(png("number-" + length + "-" + trial + ".png",
                        StrokeRasterizer.render(strokes, cell * length, 240, 12)).toString());
                truths.add(truth.toString());
            }
        }
        Run r = run("predict", files.toArray(String[]::new));
        assertEquals(0, r.code, r.err);
        String[] lines = r.out.strip().split("\n");
        int rightLength = 0;
        int right = 0;
        for (int i = 0; i < lines.length; i++) {
            String read = lines[i].split("\t")[1];
            rightLength += read.length() == truths.get(i).length() ? 1 : 0;
            right += read.equals(truths.get(i)) ? 1 : 0;
        }
        System.out.printf("digits predict on %d pictures of 2-6 real pen digits: %d split right, %d read right%n",
                lines.length, rightLength, right);
        assertTrue(rightLength >= lines.length * 0.9, rightLength + " of " + lines.length + " split right");
        assertTrue(right >= lines.length * 0.6, right + " of " + lines.length + " read right");
    }

    @Test
    void predictHandlesBlankPicturesBrokenFilesAndJson() throws Exception {
        BufferedImage blank = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
        blank.getGraphics().fillRect(0, 0, 200, 150);
        Path white = png("blank.png", blank);
        Path broken = Files.write(dir.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        BufferedImage seven = StrokeRasterizer.render(List.of(new org.digitworkbench.api.ink.Stroke(
                new float[] {60, 50, 200, 50, 120, 250})), 260, 300, 20);
        Path sevenFile = png("seven.png", seven);

        Run r = run("predict", white.toString(), broken.toString(), sevenFile.toString());
        assertEquals(1, r.code, "a file that could not be read makes the exit code non-zero");
        String[] lines = r.out.strip().split("\n");
        assertEquals(2, lines.length, r.out);
        assertEquals(white + "\t\t", lines[0], "a picture without ink gives an empty digits field");
        assertTrue(lines[1].startsWith(sevenFile + "\t7\t"), lines[1]);
        assertTrue(r.err.contains("broken.png"), r.err);

        Run json = run("predict", "--json", white.toString(), sevenFile.toString());
        assertEquals(0, json.code, json.err);
        List<String> objects = json.out.lines().toList();
        assertEquals(2, objects.size(), "one JSON object per file:\n" + json.out);
        JsonObject empty = StrictJson.parse(objects.get(0)).getAsJsonObject();
        assertEquals("", empty.get("digits").getAsString());
        assertTrue(empty.get("confidence").isJsonNull(), objects.get(0));
        JsonObject o = StrictJson.parse(objects.get(1)).getAsJsonObject();
        assertEquals(sevenFile.toString(), o.get("path").getAsString());
        assertEquals("7", o.get("digits").getAsString());
        JsonArray probabilities = o.getAsJsonArray("probabilities");
        assertEquals(10, probabilities.size(), objects.get(1));
        double sum = 0;
        for (int d = 0; d < 10; d++) {
            double p = probabilities.get(d).getAsDouble();
            assertTrue(p >= 0 && p <= 1, "probability " + d + ": " + p);
            sum += p;
        }
        assertEquals(1.0, sum, 1e-4, "the ten probabilities of the digit");
        JsonObject digit = o.getAsJsonArray("perDigit").get(0).getAsJsonObject();
        assertEquals(7, digit.get("digit").getAsInt());
        assertEquals(4, digit.getAsJsonArray("box").size());
    }

    @Test
    void evaluateJsonCarriesTheAccuracyAndErrorsMatchTheCount() throws Exception {
        Run r = run("evaluate", "--json", "--errors");
        assertEquals(0, r.code, r.err);
        JsonObject json = StrictJson.parse(r.out.strip()).getAsJsonObject();
        double accuracy = json.get("accuracy").getAsDouble();
        int wrong = json.get("wrong").getAsInt();
        assertEquals(10_000, json.get("count").getAsInt());
        assertEquals(Math.round((1 - accuracy) * 10_000), wrong);
        JsonArray errors = json.getAsJsonArray("errors");
        assertEquals(wrong, errors.size(), "--errors lists every misclassified test image");
        for (JsonElement e : errors) {
            JsonObject error = e.getAsJsonObject();
            assertTrue(error.get("true").getAsInt() != error.get("predicted").getAsInt(), error.toString());
        }
        int diagonal = 0;
        JsonArray confusion = json.getAsJsonArray("confusion");
        for (int d = 0; d < 10; d++) {
            diagonal += confusion.get(d).getAsJsonArray().get(d).getAsInt();
            assertTrue(json.getAsJsonArray("perClass").get(d).getAsJsonObject().get("precision").getAsDouble() > 0.9);
        }
        assertEquals(10_000 - wrong, diagonal, "the confusion matrix agrees with the error count");
    }

    /**
     * The handwriting benchmark a user can run: four tables over digit height × pen width; the figures of the
     * shipped model on writers it never saw, and the same in every cell, since the pen and the size change nothing
     * the network sees.
     */
    @Test
    void evaluateHandwritingPrintsTheSizeAndPenTables() throws Exception {
        Run r = run("evaluate", "--handwriting", "--numbers", "60");
        assertEquals(0, r.code, r.err);
        System.out.print(r.out);
        List<double[]> tables = new ArrayList<>();
        for (String block : r.out.split("\n\n")) {
            List<Double> values = new ArrayList<>();
            for (String line : block.split("\n")) {
                if (line.matches("\\s+\\d+ px.*")) {
                    for (String cell : line.trim().split("\\s+")) {
                        if (cell.endsWith("%")) {
                            values.add(Double.parseDouble(cell.substring(0, cell.length() - 1)));
                        }
                    }
                }
            }
            if (!values.isEmpty()) {
                assertEquals(16, values.size(), "4 heights × 4 pens in\n" + block);
                tables.add(values.stream().mapToDouble(Double::doubleValue).toArray());
            }
        }
        assertEquals(5, tables.size(), "singles, digits, whole numbers, split, pictures:\n" + r.out);
        double[] singles = tables.get(0);
        double[] perDigit = tables.get(1);
        double[] numbers = tables.get(2);
        double low = java.util.Arrays.stream(perDigit).min().orElseThrow();
        double high = java.util.Arrays.stream(perDigit).max().orElseThrow();
        assertTrue(high - low <= 1.0, "per-digit accuracy within 1 point across sizes and pens: " + low + "-" + high);
        assertTrue(java.util.Arrays.stream(singles).min().orElseThrow() >= 97.0, "single digits " + r.out);
        assertTrue(java.util.Arrays.stream(numbers).min().orElseThrow() >= 85.0, "whole numbers " + r.out);
        // pictures lose what a fat pen covers; where the pen is at most a quarter of the digit they read as well
        double[] pictures = tables.get(4);
        for (int cell : new int[] {0, 4, 5, 8, 9, 10, 11, 12, 13, 14, 15}) {
            assertTrue(pictures[cell] >= 93.0, "picture cell " + cell + ": " + r.out);
        }
    }

    /** The benchmark runs to its end and its three ways of scanning MNIST agree on every answer. */
    @Test
    void benchMeasuresEveryPathAndTheyAgree() throws Exception {
        Run r = run("bench", "--runs", "100", "--drawings", "50");
        System.out.print(r.out);
        assertEquals(0, r.code, r.err + r.out);
        for (String row : List.of("our service ", "naive DL4J ", "whole number ", "live, per move ")) {
            assertTrue(r.out.lines().anyMatch(l -> l.startsWith("  " + row) && l.matches(".*\\d+\\.\\d{3}.*")),
                    row + "in\n" + r.out);
        }
        List<String> scans = r.out.lines().filter(l -> l.contains("images/s")).toList();
        assertEquals(3, scans.size(), r.out);
        String accuracy = scans.get(0).replaceAll(".*accuracy ", "");
        assertTrue(Double.parseDouble(accuracy) >= 0.99, r.out);
        scans.forEach(l -> assertTrue(l.endsWith("accuracy " + accuracy), "same answers:\n" + r.out));
    }

    @Test
    void evaluatePendigitsScoresTheHeldOutWriters() throws Exception {
        Run r = run("evaluate", "--pendigits", "--json");
        assertEquals(0, r.code, r.err);
        JsonObject json = StrictJson.parse(r.out.strip()).getAsJsonObject();
        double accuracy = json.get("accuracy").getAsDouble();
        int count = json.get("count").getAsInt();
        assertEquals(TestData.heldOutPenDigits().size(), count, "writers 21-30 by default");
        assertTrue(accuracy >= 0.97, "held-out pen digits " + accuracy);
    }

    @Test
    void trainMakesALoadableModelAndItsCard() throws Exception {
        Run r = run("train", "--limit", "2048", "--epochs", "1", "--out", dir.toString(), "--name", "quick");
        assertEquals(0, r.code, r.err);
        Path model = dir.resolve("quick.zip");
        Path card = dir.resolve("quick.md");
        assertTrue(Files.isRegularFile(model) && Files.isRegularFile(card), r.out);
        ModelArchive.Loaded loaded = ModelArchive.read(model);
        assertEquals("quick", loaded.metadata().name());
        assertTrue(loaded.metadata().testAccuracy() > 0.7, "one epoch on 2,048 images: "
                + loaded.metadata().testAccuracy());
        String markdown = Files.readString(card);
        assertTrue(markdown.contains("**Accuracy: "), markdown);
        assertTrue(markdown.contains(String.format(java.util.Locale.ROOT, "%.4f",
                loaded.metadata().testAccuracy())), "the card shows the accuracy stored in the model");
        assertTrue(markdown.contains("pendigits-train.gz") && markdown.contains("whole numbers of 2-5 digits"),
                "trained on the shipped pen digits, with the handwriting tables: " + markdown);
    }

    /** Nothing corrected yet is not a usage error: one line saying what to do, no usage text. */
    @Test
    void fineTuningWithoutCorrectionsSaysWhatToDo() throws Exception {
        // the command line prints usage for IllegalArgumentException only; other failures are one line, exit 1
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> run("train", "--user-data", "--corrections", dir.resolve("none").toString()));
        assertEquals("no corrections to learn from yet: use \"That was a …\" in the Prediction view first",
                e.getMessage());
    }

    @Test
    void unknownOptionsAreUsageErrors() throws Exception {
        DigitsCommand predict = OsgiServices.command("predict");
        try {
            predict.run(List.of("--jsn", "x.png"), System.out, System.err);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("--jsn"));
            return;
        }
        throw new AssertionError("a misspelt option must be refused");
    }
}
