package org.digitworkbench.api.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {

    @TempDir
    Path dir;

    static byte[] idx(int type, int[] dims, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + data.length);
        b.putInt((type << 8) | dims.length);
        for (int d : dims) {
            b.putInt(d);
        }
        b.put(data);
        return b.array();
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void readsImagesAndLabels() throws IOException {
        byte[] pixels = new byte[2 * 3 * 4];
        pixels[5] = (byte) 200;
        IdxImages images = IdxReader.readImages(write("img", idx(0x08, new int[] {2, 3, 4}, pixels)));
        assertEquals(2, images.count());
        assertEquals(3, images.rows());
        assertEquals(4, images.cols());
        assertArrayEquals(pixels, images.pixels());
        byte[] labels = IdxReader.readLabels(write("lbl", idx(0x08, new int[] {3}, new byte[] {0, 9, 4})));
        assertArrayEquals(new byte[] {0, 9, 4}, labels);
    }

    @Test
    void truncatedFileIsNamedAndExplained() throws IOException {
        byte[] full = idx(0x08, new int[] {10, 28, 28}, new byte[10 * 784]);
        Path file = write("t10k-images-idx3-ubyte", Arrays.copyOf(full, full.length - 100));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(file));
        assertTrue(e.getMessage().contains("t10k-images-idx3-ubyte"), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void foreignAndMismatchedFilesAreRefused() throws IOException {
        Path png = write("digit.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        assertTrue(assertThrows(IdxFormatException.class, () -> IdxReader.readImages(png)).getMessage()
                .contains("not an unsigned-byte IDX file"));
        Path labels = write("labels", idx(0x08, new int[] {3}, new byte[3]));
        assertTrue(assertThrows(IdxFormatException.class, () -> IdxReader.readImages(labels)).getMessage()
                .contains("1 dimensions, expected 3"));
        Path badLabel = write("bad-labels", idx(0x08, new int[] {2}, new byte[] {3, 12}));
        assertTrue(assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(badLabel)).getMessage()
                .contains("label 1 is 12"));
        Path tooLong = write("long", idx(0x08, new int[] {2}, new byte[3]));
        assertTrue(assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(tooLong)).getMessage()
                .contains("too long"));
        assertTrue(assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(dir.resolve("missing")))
                .getMessage().contains("file not found"));
        Path empty = write("empty", new byte[0]);
        assertTrue(assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(empty)).getMessage()
                .contains("too short"));
    }

    @Test
    void storeReportsIncompleteData() {
        MnistStore store = new MnistStore(dir);
        assertTrue(!store.isComplete());
        IOException e = assertThrows(IOException.class, () -> store.load(MnistStore.Split.TEST));
        assertTrue(e.getMessage().contains("digits fetch-mnist"), e.getMessage());
    }
}
