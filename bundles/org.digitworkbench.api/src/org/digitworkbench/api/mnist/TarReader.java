package org.digitworkbench.api.mnist;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Just enough of ustar to read the regular files of an npm tarball. */
final class TarReader {

    record Entry(String name, byte[] content) {
    }

    private static final int BLOCK = 512;
    private final InputStream in;

    TarReader(InputStream in) {
        this.in = in;
    }

    /** The next regular file, or null at the end of the archive. */
    Entry next() throws IOException {
        while (true) {
            byte[] header = in.readNBytes(BLOCK);
            if (header.length < BLOCK || isZero(header)) {
                return null;
            }
            String name = text(header, 0, 100);
            String prefix = text(header, 345, 155);
            if (!prefix.isEmpty()) {
                name = prefix + "/" + name;
            }
            long size = Long.parseLong(text(header, 124, 12).trim().isEmpty() ? "0" : text(header, 124, 12).trim(), 8);
            char type = (char) header[156];
            if (size > Integer.MAX_VALUE - BLOCK) {
                throw new IOException("tar entry " + name + " too large: " + size);
            }
            byte[] content = in.readNBytes((int) size);
            if (content.length != size) {
                throw new EOFException("tar entry " + name + " truncated");
            }
            long padding = (BLOCK - size % BLOCK) % BLOCK;
            in.readNBytes((int) padding);
            if (type == '0' || type == 0) {
                return new Entry(name, content);
            }
        }
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }
}
