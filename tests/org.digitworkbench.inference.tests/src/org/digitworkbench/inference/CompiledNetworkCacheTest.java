package org.digitworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.ModelInfo;
import org.digitworkbench.api.mnist.MnistSplit;
import org.digitworkbench.api.mnist.MnistStore;
import org.digitworkbench.inference.fast.FastNetworkCompiler;
import org.digitworkbench.inference.fast.FastNetworkFile;
import org.digitworkbench.tests.support.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model verified once is served on later starts from its kept compiled network, with the same answers, and
 * without DL4J until something asks for it; a kept file that is damaged, or that no longer reproduces DL4J's
 * answers, is never used.
 */
class CompiledNetworkCacheTest {

    private static byte[] model;
    private static Dl4jDigitClassifier longWay;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadTheLongWay() throws IOException {
        try (InputStream in = ModelHost.class.getResourceAsStream(ModelHost.SHIPPED_MODEL)) {
            model = in.readAllBytes();
        }
        ModelArchive.Loaded loaded = ModelArchive.read(new ByteArrayInputStream(model), "digits-cnn.zip");
        longWay = new Dl4jDigitClassifier(loaded.network(), loaded.metadata(), "shipped");
    }

    private CompiledNetworkCache keptOnce() {
        CompiledNetworkCache cache = new CompiledNetworkCache(dir);
        cache.store(model, longWay.verified(), longWay.info());
        return cache;
    }

    private Path keptFile() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> kept = files.toList();
            assertEquals(1, kept.size(), "one file per model: " + kept);
            return kept.get(0);
        }
    }

    @Test
    void aKeptNetworkAnswersExactlyAsTheLongWay() throws Exception {
        Optional<CompiledNetworkCache.Entry> found = keptOnce().find(model, "shipped");
        assertTrue(found.isPresent());
        ModelInfo info = found.get().info();
        assertEquals(longWay.info(), info, "name, description, parameters, accuracy and source as loaded");
        int[] restores = {0};
        Dl4jDigitClassifier fromCache = new Dl4jDigitClassifier(found.get(), () -> {
            restores[0]++;
            return ModelArchive.read(new ByteArrayInputStream(model), "digits-cnn.zip").network();
        });
        MnistSplit test = TestData.mnist().load(MnistStore.Split.TEST);
        List<DigitImage> images = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            images.add(test.image(i));
        }
        for (int i = 0; i < images.size(); i++) {
            assertArrayEquals(longWay.classify(images.get(i)).probabilities(),
                    fromCache.classify(images.get(i)).probabilities(), "test digit " + i);
        }
        assertEquals(longWay.classifyAll(images).stream().map(p -> p.digit()).toList(),
                fromCache.classifyAll(images).stream().map(p -> p.digit()).toList());
        assertEquals(0, restores[0], "answers need no DL4J network");
        assertEquals(longWay.network().numParams(), fromCache.network().numParams(), "restored on demand");
        fromCache.network();
        assertEquals(1, restores[0], "restored once");
    }

    @Test
    void anotherModelFindsNothing() {
        CompiledNetworkCache cache = keptOnce();
        byte[] other = model.clone();
        other[other.length / 2] ^= 1;
        assertFalse(cache.find(other, "other").isPresent());
        assertFalse(new CompiledNetworkCache(null).find(model, "shipped").isPresent(), "no folder, no cache");
    }

    @Test
    void aDamagedOrCutFileIsDeletedAndNotUsed() throws IOException {
        CompiledNetworkCache cache = keptOnce();
        Path file = keptFile();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10; // one weight's bit
        Files.write(file, bytes);
        assertFalse(cache.find(model, "shipped").isPresent());
        assertFalse(Files.exists(file), "a damaged file is removed");

        cache.store(model, longWay.verified(), longWay.info());
        Path again = keptFile();
        byte[] whole = Files.readAllBytes(again);
        Files.write(again, java.util.Arrays.copyOf(whole, whole.length / 3));
        assertFalse(cache.find(model, "shipped").isPresent());
        assertFalse(Files.exists(again), "a cut file is removed");
    }

    /** The kept DL4J answers are checked again on every read: a network that no longer gives them is refused. */
    @Test
    void aNetworkThatNoLongerReproducesDl4jIsNotUsed() {
        float[][] answers = longWay.verified().dl4jOutputs();
        float[][] wrong = new float[answers.length][];
        for (int i = 0; i < answers.length; i++) {
            wrong[i] = answers[i].clone();
        }
        wrong[5][3] += 0.01f; // among the answers checked again on reading
        CompiledNetworkCache cache = new CompiledNetworkCache(dir);
        cache.store(model, new FastNetworkCompiler.Verified(longWay.verified().network(), wrong), longWay.info());
        assertFalse(cache.find(model, "shipped").isPresent());
    }

    /** The network's own form checks every shape: a wrong dimension is a clear refusal, not a wrong network. */
    @Test
    void inconsistentShapesAreRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FastNetworkFile.write(longWay.verified(), new DataOutputStream(bytes));
        byte[] good = bytes.toByteArray();
        FastNetworkCompiler.Verified back = FastNetworkFile.read(new DataInputStream(new ByteArrayInputStream(good)));
        assertEquals(longWay.verified().network().multiplyAdds(), back.network().multiplyAdds());

        byte[] bad = good.clone();
        // after magic (4), stage count (4) and the first stage's kind (1): its input channels 1 -> 2
        ByteBuffer.wrap(bad).putInt(9, 2);
        IOException e = assertThrows(IOException.class,
                () -> FastNetworkFile.read(new DataInputStream(new ByteArrayInputStream(bad))));
        assertTrue(e.getMessage().contains("values where the shapes need"), e.getMessage());

        byte[] huge = good.clone();
        ByteBuffer.wrap(huge).putInt(4, 1_000_000);
        e = assertThrows(IOException.class,
                () -> FastNetworkFile.read(new DataInputStream(new ByteArrayInputStream(huge))));
        assertTrue(e.getMessage().contains("implausible number of stages"), e.getMessage());
    }
}
