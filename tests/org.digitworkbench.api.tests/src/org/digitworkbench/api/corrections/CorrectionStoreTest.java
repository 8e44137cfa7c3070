package org.digitworkbench.api.corrections;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.google.gson.Gson;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's corrections on disk: read back exactly, never half-written, bad files reported and kept. */
class CorrectionStoreTest {

    @TempDir
    Path dir;

    @Test
    void aSavedCorrectionComesBackExactly() throws IOException {
        CorrectionStore store = new CorrectionStore(dir.resolve("corrections"));
        Correction saved = CorrectionWriter.sample(3);
        store.save(saved);
        CorrectionStore.Contents contents = store.load();
        assertEquals(List.of(), contents.problems());
        Correction back = contents.corrections().get(0);
        assertEquals(saved.id(), back.id());
        assertEquals(saved.savedAt(), back.savedAt());
        assertEquals("test-model", back.model());
        assertEquals("31", back.label());
        assertEquals("51", back.predicted());
        assertEquals(saved.strokes(), back.strokes());
        assertEquals(saved.digits().get(0).box(), back.digits().get(0).box());
        assertArrayEquals(saved.digits().get(0).input().pixels(), back.digits().get(0).input().pixels(),
                "the 28×28 input the network saw, bit for bit");
        assertTrue(back.digits().get(0).wasMisread());
    }

    @Test
    void anUnreadableFileIsReportedAndLeftWhereItIs() throws IOException {
        CorrectionStore store = new CorrectionStore(dir);
        store.save(CorrectionWriter.sample(1));
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\":1,\"id\":\"x\",\"digits\":[");
        Path future = Files.writeString(dir.resolve("future.json"), "{\"format\":2}");
        Files.writeString(dir.resolve("half-written.json.tmp"), "{\"format\":1");
        CorrectionStore.Contents contents = store.load();
        assertEquals(1, contents.corrections().size(), "the good one is still read");
        assertEquals(2, contents.problems().size(), contents.problems().toString());
        assertTrue(contents.problems().get(0).contains("left as it is"), contents.problems().toString());
        assertTrue(contents.problems().stream().anyMatch(p -> p.contains("format 2")), contents.problems().toString());
        assertTrue(Files.exists(broken) && Files.exists(future), "nothing the user has is deleted");
    }

    @Test
    void anUnwritableFolderSaysWhereAndWhatToDo() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        CorrectionStore store = new CorrectionStore(file.resolve("corrections"));
        IOException e = assertThrows(IOException.class, () -> store.save(CorrectionWriter.sample(1)));
        assertTrue(e.getMessage().startsWith("cannot save the correction in " + file.resolve("corrections")),
                e.getMessage());
        assertTrue(e.getMessage().contains("-Ddigits.corrections"), e.getMessage());
        IOException load = assertThrows(IOException.class, () -> new CorrectionStore(file).load());
        assertTrue(load.getMessage().contains("is a file, not the folder"), load.getMessage());
    }

    /** A writer killed with SIGKILL in the middle of its work leaves only whole corrections. */
    @Test
    void killingTheWriterMidWriteLosesNothingAndCorruptsNothing() throws Exception {
        Path folder = dir.resolve("killed");
        String classPath = Stream.of(CorrectionWriter.class, CorrectionStore.class, Gson.class)
                .map(c -> location(c)).distinct().reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, CorrectionWriter.class.getName(), folder.toString()).redirectErrorStream(true)
                .start();
        int acknowledged = 0;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && acknowledged < 300) {
                assertTrue(line.startsWith("saved "), "writer said: " + line + " (class path " + classPath + ")");
                acknowledged = Integer.parseInt(line.substring(6));
            }
            writer.destroyForcibly(); // SIGKILL: no shutdown hooks, no closing of files
            assertTrue(writer.waitFor(20, TimeUnit.SECONDS));
        }
        CorrectionStore.Contents contents = new CorrectionStore(folder).load();
        assertEquals(List.of(), contents.problems(), "no half-written correction");
        assertTrue(contents.corrections().size() >= acknowledged,
                contents.corrections().size() + " read back, " + acknowledged + " acknowledged before the kill");
        System.out.printf("killed writer: %d corrections acknowledged, %d read back whole, %d problems%n",
                acknowledged, contents.corrections().size(), contents.problems().size());
    }

    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (Exception e) {
            throw new AssertionError("no class path location for " + c, e);
        }
    }
}
