package org.digitworkbench.tests.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Real model files for tests that switch models. A second model that answers differently from the shipped one, on
 * every sample, without training for half an hour: the shipped network with the output units of two digits
 * exchanged. It reads every {@code a} as {@code b} and back, with exactly the shipped model's confidence.
 */
public final class TestModels {

    private TestModels() {
    }

    /** The model file the product ships. */
    public static Path shipped() {
        return TestData.repository().resolve("models").resolve("digits-cnn.zip");
    }

    /** The name the swapped model is served under (its metadata). */
    public static String swappedName(int a, int b) {
        return "digits-cnn-" + a + "-" + b + "-swapped";
    }

    /**
     * Writes the shipped network with digits {@code a} and {@code b} exchanged into {@code folder}. DL4J keeps all
     * weights in one float array (coefficients.bin: a header, then big-endian floats) whose last layer is the
     * output layer: its weights column by column (one column of nIn per digit), then one bias per digit.
     */
    public static Path swapped(int a, int b, Path folder) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(shipped()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        JsonArray layers = JsonParser.parseString(new String(entries.get("configuration.json"),
                StandardCharsets.UTF_8)).getAsJsonObject().getAsJsonArray("confs");
        JsonObject output = layers.get(layers.size() - 1).getAsJsonObject().getAsJsonObject("layer");
        int inputs = output.get("nin").getAsInt();
        int classes = output.get("nout").getAsInt();
        byte[] coefficients = entries.get("coefficients.bin");
        if (!new String(coefficients, 0, 200, StandardCharsets.ISO_8859_1).contains("FLOAT")) {
            throw new IOException("the shipped model's weights are not 32-bit floats; this helper needs updating");
        }
        ByteBuffer weights = ByteBuffer.wrap(coefficients); // big-endian, as DL4J writes
        int biases = weights.capacity() - classes * Float.BYTES;
        int columns = biases - inputs * classes * Float.BYTES;
        swap(weights, columns + a * inputs * Float.BYTES, columns + b * inputs * Float.BYTES, inputs);
        swap(weights, biases + a * Float.BYTES, biases + b * Float.BYTES, 1);
        String name = swappedName(a, b);
        entries.put("digits-model.json", ("{\"name\": \"" + name + "\", \"description\": \"the shipped network with "
                + "digits " + a + " and " + b + " exchanged (a test model)\"}").getBytes(StandardCharsets.UTF_8));
        Path file = folder.resolve(name + ".zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static void swap(ByteBuffer floats, int first, int second, int count) {
        for (int i = 0; i < count * Float.BYTES; i += Float.BYTES) {
            float x = floats.getFloat(first + i);
            floats.putFloat(first + i, floats.getFloat(second + i));
            floats.putFloat(second + i, x);
        }
    }
}
