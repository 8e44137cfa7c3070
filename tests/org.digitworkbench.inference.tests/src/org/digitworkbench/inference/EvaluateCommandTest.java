package org.digitworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.digitworkbench.tests.support.StrictJson;
import org.digitworkbench.tests.support.TestData;
import org.junit.jupiter.api.Test;

/** {@code digits evaluate}: the MNIST test set as JSON, the held-out writers' pen digits, the handwriting tables. */
class EvaluateCommandTest {

    @Test
    void evaluateJsonCarriesTheAccuracyAndErrorsMatchTheCount() throws Exception {
        CommandRun r = CommandRun.of("evaluate", "--json", "--errors");
        assertEquals(0, r.code(), r.err());
        JsonObject json = StrictJson.parse(r.out().strip()).getAsJsonObject();
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
        CommandRun r = CommandRun.of("evaluate", "--handwriting", "--numbers", "60");
        assertEquals(0, r.code(), r.err());
        System.out.print(r.out());
        List<double[]> tables = new ArrayList<>();
        for (String block : r.out().split("\n\n")) {
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
        assertEquals(5, tables.size(), "singles, digits, whole numbers, split, pictures:\n" + r.out());
        double[] singles = tables.get(0);
        double[] perDigit = tables.get(1);
        double[] numbers = tables.get(2);
        double low = Arrays.stream(perDigit).min().orElseThrow();
        double high = Arrays.stream(perDigit).max().orElseThrow();
        assertTrue(high - low <= 1.0, "per-digit accuracy within 1 point across sizes and pens: " + low + "-" + high);
        assertTrue(Arrays.stream(singles).min().orElseThrow() >= 97.0, "single digits " + r.out());
        assertTrue(Arrays.stream(numbers).min().orElseThrow() >= 85.0, "whole numbers " + r.out());
        // pictures lose what a fat pen covers; where the pen is at most a quarter of the digit they read as well
        double[] pictures = tables.get(4);
        for (int cell : new int[] {0, 4, 5, 8, 9, 10, 11, 12, 13, 14, 15}) {
            assertTrue(pictures[cell] >= 93.0, "picture cell " + cell + ": " + r.out());
        }
    }

    @Test
    void evaluatePendigitsScoresTheHeldOutWriters() throws Exception {
        CommandRun r = CommandRun.of("evaluate", "--pendigits", "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject json = StrictJson.parse(r.out().strip()).getAsJsonObject();
        double accuracy = json.get("accuracy").getAsDouble();
        int count = json.get("count").getAsInt();
        assertEquals(TestData.heldOutPenDigits().size(), count, "writers 21-30 by default");
        assertTrue(accuracy >= 0.97, "held-out pen digits " + accuracy);
    }
}
