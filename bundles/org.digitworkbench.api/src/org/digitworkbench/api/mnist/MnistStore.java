package org.digitworkbench.api.mnist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The per-user MNIST cache. Its folder is {@code $DIGITS_MNIST_DIR}, else the system property
 * {@code digits.mnist.dir}, else {@code $XDG_CACHE_HOME/digit-workbench/mnist} (default
 * {@code ~/.cache/digit-workbench/mnist}). Files get there only through {@link MnistFetcher}, which checks them.
 */
public final class MnistStore {

    public static final String ENV_DIR = "DIGITS_MNIST_DIR";
    public static final String PROPERTY_DIR = "digits.mnist.dir";

    public enum Split {
        TRAIN(MnistFile.TRAIN_IMAGES, MnistFile.TRAIN_LABELS),
        TEST(MnistFile.TEST_IMAGES, MnistFile.TEST_LABELS);

        final MnistFile images;
        final MnistFile labels;

        Split(MnistFile images, MnistFile labels) {
            this.images = images;
            this.labels = labels;
        }
    }

    private final Path directory;

    public MnistStore(Path directory) {
        this.directory = directory;
    }

    /** The store at the configured or default per-user location. */
    public static MnistStore standard() {
        return new MnistStore(defaultDirectory());
    }

    public static Path defaultDirectory() {
        String env = System.getenv(ENV_DIR);
        if (env != null && !env.isBlank()) {
            return Paths.get(env);
        }
        String property = System.getProperty(PROPERTY_DIR);
        if (property != null && !property.isBlank()) {
            return Paths.get(property);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Paths.get(xdg)
                : Paths.get(System.getProperty("user.home"), ".cache");
        return cache.resolve("digit-workbench").resolve("mnist");
    }

    public Path directory() {
        return directory;
    }

    public Path file(MnistFile file) {
        return directory.resolve(file.fileName());
    }

    /** True when all four files are present with their expected sizes (checksums are checked at fetch time). */
    public boolean isComplete() {
        for (MnistFile f : MnistFile.values()) {
            Path p = file(f);
            try {
                if (!Files.isRegularFile(p) || Files.size(p) != f.size()) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** Loads one split; a missing, truncated or foreign file fails with a message naming it. */
    public MnistSplit load(Split split) throws IOException {
        IdxImages images = IdxReader.readImages(checked(split.images));
        byte[] labels = IdxReader.readLabels(checked(split.labels));
        return new MnistSplit(split.name().toLowerCase(), images, labels);
    }

    /** The file if it has MNIST's size; otherwise says which file is wrong, how, and what to do. */
    private Path checked(MnistFile f) throws IOException {
        Path p = file(f);
        if (Files.isDirectory(p)) {
            throw new IdxFormatException(p, "is a folder, not MNIST's file: remove it and run 'digits fetch-mnist'");
        }
        if (!Files.exists(p)) {
            throw new IOException("MNIST is not in " + directory + " (no " + f.fileName()
                    + "): run 'digits fetch-mnist'");
        }
        long size = Files.size(p);
        if (size != f.size()) {
            throw new IdxFormatException(p, size + " bytes, MNIST's has " + f.size()
                    + " (truncated or another file): run 'digits fetch-mnist' to fetch it again");
        }
        return p;
    }

    /** Checks every file's SHA-256; returns null when all match, otherwise a message naming the first bad file. */
    public String verify() throws IOException {
        for (MnistFile f : MnistFile.values()) {
            Path p = file(f);
            if (!Files.isRegularFile(p)) {
                return p + ": missing";
            }
            String actual = sha256(p);
            if (!actual.equals(f.sha256())) {
                return p + ": SHA-256 " + actual + " differs from the expected " + f.sha256();
            }
        }
        return null;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        }
    }

    static String sha256(InputStream in) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[1 << 16];
        int n;
        while ((n = in.read(buffer)) > 0) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
