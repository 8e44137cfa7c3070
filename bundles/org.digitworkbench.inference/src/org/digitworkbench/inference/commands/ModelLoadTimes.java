package org.digitworkbench.inference.commands;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.digitworkbench.inference.CompiledNetworkCache;
import org.digitworkbench.inference.Dl4jDigitClassifier;
import org.digitworkbench.inference.ModelArchive;
import org.digitworkbench.inference.ModelHost;

/** How long the shipped model takes to load at a first start and at later ones, for {@code digits bench}. */
final class ModelLoadTimes {

    private ModelLoadTimes() {
    }

    /**
     * Milliseconds: the long way as at a first start (restore, compile, verify against DL4J), then as on later
     * starts (its compiled network kept in a folder of its own, read back and checked).
     */
    static double[] shippedModel() throws IOException {
        byte[] model;
        try (InputStream in = ModelHost.class.getResourceAsStream(ModelHost.SHIPPED_MODEL)) {
            model = in.readAllBytes();
        }
        long start = System.nanoTime();
        ModelArchive.Loaded loaded = ModelArchive.read(new ByteArrayInputStream(model), "digits-cnn.zip");
        Dl4jDigitClassifier compiled = new Dl4jDigitClassifier(loaded.network(), loaded.metadata(), "shipped");
        double longWay = (System.nanoTime() - start) / 1e6;
        Path folder = Files.createTempDirectory("digits-bench");
        try {
            CompiledNetworkCache cache = new CompiledNetworkCache(folder);
            cache.store(model, compiled.verified(), compiled.info());
            start = System.nanoTime();
            boolean found = cache.find(model, "shipped").isPresent();
            return new double[] {longWay, found ? (System.nanoTime() - start) / 1e6 : Double.NaN};
        } finally {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(folder);
        }
    }
}
