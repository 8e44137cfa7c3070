package org.digitworkbench.api.mnist;

import static org.digitworkbench.api.AllocatedBytes.MB;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.digitworkbench.api.AllocatedBytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
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
    void aFolderWhereTheFileShouldBeIsNamed() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("t10k-labels-idx1-ubyte"));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(folder));
        assertTrue(e.getMessage().startsWith(folder + ": is a folder"), e.getMessage());
    }

    /** Header claims are checked against the file's size before anything is allocated. */
    @Test
    void aHeaderClaimingMoreThanTheFileHoldsCostsNoMemory() throws Exception {
        Path liar = write("liar", idx(0x08, new int[] {Integer.MAX_VALUE}, new byte[8]));
        assertRefusedCheaply(liar, () -> IdxReader.readLabels(liar),
                "truncated: 8 data bytes, header promises 2147483647");
        Path overflow = write("overflow", idx(0x08, new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE,
            Integer.MAX_VALUE}, new byte[8]));
        assertRefusedCheaply(overflow, () -> IdxReader.readImages(overflow),
                "truncated: 8 data bytes, header promises more than a long holds");
    }

    /** A huge file is judged by its header, not read whole first (sparse files: large on paper, empty on disk). */
    @Test
    void aHugeFileIsRefusedFromItsHeader() throws Exception {
        Path zip = sparse("labels.zip", new byte[] {'P', 'K', 3, 4}, 512L << 20);
        assertRefusedCheaply(zip, () -> IdxReader.readLabels(zip), "not an unsigned-byte IDX file (magic 0x504b0304)");
        Path gigabyte = sparse("gigabyte", idx(0x08, new int[] {(1 << 30) + 1}, new byte[0]), 8 + (1L << 30) + 1);
        assertRefusedCheaply(gigabyte, () -> IdxReader.readLabels(gigabyte),
                "1073741825 data bytes, more than the 1073741824 this program loads");
    }

    private static void assertRefusedCheaply(Path file, Executable read, String reason) throws Exception {
        long before = AllocatedBytes.ofThisThread();
        IdxFormatException e = assertThrows(IdxFormatException.class, read);
        long allocated = AllocatedBytes.ofThisThread() - before;
        assertEquals(file + ": " + reason, e.getMessage());
        assertTrue(allocated < MB, "allocated " + allocated / MB + " MB to refuse " + file);
    }

    private Path sparse(String name, byte[] header, long length) throws IOException {
        Path file = write(name, header);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length);
        }
        return file;
    }

    @Test
    void storeReportsIncompleteData() {
        MnistStore store = new MnistStore(dir);
        assertTrue(!store.isComplete());
        IOException e = assertThrows(IOException.class, () -> store.load(MnistStore.Split.TEST));
        assertTrue(e.getMessage().contains("digits fetch-mnist"), e.getMessage());
    }
}
