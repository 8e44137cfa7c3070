package org.digitworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import org.digitworkbench.tests.support.OsgiServices;
import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.ModelInfo;
import org.digitworkbench.api.ModelService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad model files get a clear message and never replace the model in service. */
class ModelFilesTest {

    @TempDir
    Path dir;

    private static byte[] shippedModel() throws IOException {
        try (InputStream in = ModelHost.class.getResourceAsStream(ModelHost.SHIPPED_MODEL)) {
            return in.readAllBytes();
        }
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private String refusal(byte[] content, String name) throws IOException {
        Path file = Files.write(dir.resolve(name), content);
        IOException e = assertThrows(IOException.class, () -> ModelArchive.read(file));
        assertTrue(e.getMessage().contains(file.toString()), "the message names the file: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void randomBytesTruncatedZipsAndForeignZipsAreRefused() throws IOException {
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        assertTrue(refusal(noise, "noise.zip").contains("not a model zip"));
        byte[] model = shippedModel();
        String truncated = refusal(Arrays.copyOf(model, model.length / 2), "truncated.zip");
        assertTrue(truncated.contains("not a model zip") || truncated.contains("not a usable"), truncated);
        assertTrue(refusal(zip("readme.txt", "hello"), "other.zip").contains("unexpected entry 'readme.txt'"));
        assertTrue(refusal(zip("configuration.json", "{}"), "config-only.zip").contains("not a Deeplearning4j model"));
        assertTrue(refusal(zip("configuration.json", "{ not json", "coefficients.bin", "xx"), "broken.zip")
                .contains("not a usable multi-layer network"));
    }

    /** DL4J would read preprocessor.bin with Java deserialization: such files are refused before it looks. */
    @Test
    void entriesDl4jWouldDeserializeAreRefused() throws IOException {
        String message = refusal(zip("configuration.json", "{}", "coefficients.bin", "", "preprocessor.bin",
                "\u00ac\u00ed\u0000\u0005"), "serialized.zip");
        assertTrue(message.contains("unexpected entry 'preprocessor.bin'"), message);
    }

    /** Real networks of the wrong shape, and a real network's coefficients cut short or from another network. */
    @Test
    void wrongShapedModelsAreRefusedAndTheServedOneStays() throws Exception {
        ModelService models = OsgiServices.await(ModelService.class);
        ModelInfo before = models.current();
        Path smallInput = write(mlp(100, 10), "input-100.zip");
        Path fiveClasses = write(mlp(784, 5), "five-classes.zip");
        Map<String, byte[]> shipped = entries(shippedModel());
        Map<String, byte[]> other = entries(Files.readAllBytes(write(mlp(784, 10), "mlp.zip")));
        Path foreignCoefficients = Files.write(dir.resolve("foreign-coefficients.zip"), zip(Map.of(
                "configuration.json", shipped.get("configuration.json"), "coefficients.bin", other.get("coefficients.bin"))));
        byte[] coefficients = shipped.get("coefficients.bin");
        Path cutCoefficients = Files.write(dir.resolve("cut-coefficients.zip"), zip(Map.of(
                "configuration.json", shipped.get("configuration.json"),
                "coefficients.bin", Arrays.copyOf(coefficients, coefficients.length / 2))));
        Map<Path, String> expected = Map.of(smallInput, "does not accept 28×28 images",
                fiveClasses, "does not end in 10 classes",
                foreignCoefficients, "not a usable multi-layer network",
                cutCoefficients, "not a usable multi-layer network");
        for (Map.Entry<Path, String> e : expected.entrySet()) {
            IOException refused = assertThrows(IOException.class, () -> models.load(e.getKey()));
            String m = refused.getMessage();
            assertTrue(m.startsWith(e.getKey() + ": ") && m.contains(e.getValue()) && !m.contains("\n"), m);
            assertEquals(before, models.current(), "still serving the previous model after " + e.getKey());
        }
        assertEquals(before, OsgiServices.await(DigitClassifier.class).info());
    }

    private static MultiLayerNetwork mlp(int inputs, int classes) {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1).list()
                .layer(new DenseLayer.Builder().nIn(inputs).nOut(16).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(16).nOut(classes)
                        .activation(Activation.SOFTMAX).build())
                .build());
        net.init();
        return net;
    }

    private Path write(MultiLayerNetwork net, String name) throws IOException {
        Path file = dir.resolve(name);
        ModelArchive.write(net, new ModelMetadata(name, "a network of another shape", 0.5, "2026-11-25T00:00:00Z"),
                file);
        return file;
    }

    private static Map<String, byte[]> entries(byte[] zipBytes) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : new TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void badModelKeepsThePreviousOneInService() throws Exception {
        ModelService models = OsgiServices.await(ModelService.class);
        OsgiServices.await(DigitClassifier.class);
        ModelInfo before = models.current();
        Path bad = Files.write(dir.resolve("bad.zip"), zip("readme.txt", "not a model"));
        IOException e = assertThrows(IOException.class, () -> models.load(bad));
        assertTrue(e.getMessage().contains("bad.zip"));
        assertEquals(before, models.current());
        assertEquals(before, OsgiServices.await(DigitClassifier.class).info());
    }

    @Test
    void aModelFileCanReplaceTheShippedOneAndBeReplacedBack() throws Exception {
        ModelService models = OsgiServices.await(ModelService.class);
        Path copy = Files.write(dir.resolve("copy-of-shipped.zip"), shippedModel());
        ModelInfo loaded = models.load(copy);
        try {
            assertEquals(copy.toAbsolutePath().toString(), loaded.source());
            assertEquals(loaded, OsgiServices.await(DigitClassifier.class).info(), "the service follows the load");
        } finally {
            assertEquals("shipped", models.loadShipped().source());
        }
    }
}
