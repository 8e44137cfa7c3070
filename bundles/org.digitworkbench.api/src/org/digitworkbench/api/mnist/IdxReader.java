package org.digitworkbench.api.mnist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the IDX format of the original MNIST files (big-endian magic 0x0000TTDD, DD dimension sizes, then unsigned
 * bytes). Every claim of the header is checked against the file, so a truncated or foreign file fails with a message
 * naming it instead of yielding garbage digits.
 */
public final class IdxReader {

    private static final int UNSIGNED_BYTE = 0x08;

    /** 1 GiB: 20× MNIST's largest file, and still loadable within the product's 2 GB heap. */
    static final long MAX_DATA_BYTES = 1L << 30;

    private IdxReader() {
    }

    /** Images of an idx3-ubyte file: count × rows × cols bytes. */
    public static IdxImages readImages(Path file) throws IOException {
        Parsed p = parse(file, 3);
        return new IdxImages(p.dims[0], p.dims[1], p.dims[2], p.data);
    }

    /** Labels of an idx1-ubyte file, each checked to be a digit 0–9. */
    public static byte[] readLabels(Path file) throws IOException {
        Parsed p = parse(file, 1);
        for (int i = 0; i < p.data.length; i++) {
            if (p.data[i] < 0 || p.data[i] > 9) {
                throw new IdxFormatException(file, "label " + i + " is " + (p.data[i] & 0xff) + ", not a digit 0-9");
            }
        }
        return p.data;
    }

    private record Parsed(int[] dims, byte[] data) {
    }

    private static Parsed parse(Path file, int expectedDims) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IdxFormatException(file, "is a folder, not an IDX file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IdxFormatException(file, "file not found");
        }
        // only the header is read until its claims have been checked against the file's size: a lying header or a
        // huge foreign file costs no memory
        long size = Files.size(file);
        ByteBuffer header = ByteBuffer.wrap(read(file, 0, 4 + 4 * expectedDims));
        if (size < 4) {
            throw new IdxFormatException(file, "only " + size + " bytes, too short for an IDX header");
        }
        int magic = header.getInt();
        if ((magic >>> 16) != 0 || ((magic >> 8) & 0xff) != UNSIGNED_BYTE) {
            throw new IdxFormatException(file, String.format("not an unsigned-byte IDX file (magic 0x%08x)", magic));
        }
        int dims = magic & 0xff;
        if (dims != expectedDims) {
            throw new IdxFormatException(file, "has " + dims + " dimensions, expected " + expectedDims);
        }
        if (size < 4 + 4 * dims) {
            throw new IdxFormatException(file, "only " + size + " bytes, too short for an IDX header");
        }
        int[] sizes = new int[dims];
        long expected = 1;
        for (int d = 0; d < dims; d++) {
            sizes[d] = header.getInt();
            if (sizes[d] <= 0) {
                throw new IdxFormatException(file, "dimension " + d + " has size " + sizes[d]);
            }
            // saturates: three int dimensions can overflow a long
            expected = expected > Long.MAX_VALUE / sizes[d] ? Long.MAX_VALUE : expected * sizes[d];
        }
        long actual = size - header.position();
        if (actual != expected) {
            throw new IdxFormatException(file, (actual < expected ? "truncated: " : "too long: ") + actual
                    + " data bytes, header promises " + (expected == Long.MAX_VALUE ? "more than a long holds"
                            : expected));
        }
        if (expected > MAX_DATA_BYTES) {
            throw new IdxFormatException(file, expected + " data bytes, more than the " + MAX_DATA_BYTES
                    + " this program loads");
        }
        byte[] data = read(file, header.position(), (int) expected);
        if (data.length != expected) {
            throw new IdxFormatException(file, "changed while being read");
        }
        return new Parsed(sizes, data);
    }

    /** Up to {@code length} bytes from {@code offset}, read straight into one array of that size. */
    private static byte[] read(Path file, long offset, int length) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(offset);
            byte[] bytes = new byte[length];
            int n = in.readNBytes(bytes, 0, length);
            return n == length ? bytes : Arrays.copyOf(bytes, n);
        }
    }
}
