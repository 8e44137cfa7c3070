package org.digitworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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
