package org.digitworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.digitworkbench.api.DigitsCommand;
import org.digitworkbench.api.ink.Stroke;
import org.digitworkbench.api.ink.StrokeRasterizer;
import org.digitworkbench.api.ink.Strokes;
import org.digitworkbench.api.ink.UnipenReader;
import org.digitworkbench.tests.support.OsgiServices;
import org.digitworkbench.tests.support.StrictJson;
import org.digitworkbench.tests.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code digits predict} on image files: real pen digits, whole numbers, blank and broken files, JSON. */
class PredictCommandTest {

    @TempDir
    Path dir;

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
        CommandRun r = CommandRun.of("predict", files.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
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
                List<Stroke> strokes = new ArrayList<>();
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
        CommandRun r = CommandRun.of("predict", files.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
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
        BufferedImage seven = StrokeRasterizer.render(List.of(new Stroke(
                new float[] {60, 50, 200, 50, 120, 250})), 260, 300, 20);
        Path sevenFile = png("seven.png", seven);

        CommandRun r = CommandRun.of("predict", white.toString(), broken.toString(), sevenFile.toString());
        assertEquals(1, r.code(), "a file that could not be read makes the exit code non-zero");
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length, r.out());
        assertEquals(white + "\t\t", lines[0], "a picture without ink gives an empty digits field");
        assertTrue(lines[1].startsWith(sevenFile + "\t7\t"), lines[1]);
        assertTrue(r.err().contains("broken.png"), r.err());

        CommandRun json = CommandRun.of("predict", "--json", white.toString(), sevenFile.toString());
        assertEquals(0, json.code(), json.err());
        List<String> objects = json.out().lines().toList();
        assertEquals(2, objects.size(), "one JSON object per file:\n" + json.out());
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
