package org.digitworkbench.api.image;

import static org.digitworkbench.api.AllocatedBytes.MB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

import org.digitworkbench.api.AllocatedBytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad picture files fail with one line naming the file and the reason, and a huge one is refused undecoded. */
class ImageFilesTest {

    @TempDir
    Path dir;

    @Test
    void aHundredMegapixelPictureIsRefusedFromItsHeader() throws Exception {
        Path huge = rgbPng(dir.resolve("huge.png"), 10_000, 10_000);
        assertTrue(10_000L * 10_000 > ImageFiles.MAX_PIXELS);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long usedBefore = rt.totalMemory() - rt.freeMemory();
        long allocatedBefore = AllocatedBytes.ofThisThread();
        IOException e = assertThrows(IOException.class, () -> ImageFiles.read(huge));
        long allocated = AllocatedBytes.ofThisThread() - allocatedBefore;
        long used = rt.totalMemory() - rt.freeMemory() - usedBefore;
        System.out.printf("refusing a 10000×10000 PNG (%d bytes): this thread allocated %.2f MB, heap used grew"
                + " %.2f MB%n", Files.size(huge), allocated / (double) MB, used / (double) MB);
        assertTrue(e.getMessage().contains(huge.toString()) && e.getMessage().contains("10000×10000"), e.getMessage());
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
        // decoding 10^8 RGB pixels allocates hundreds of MB; reading the header only a few hundred KB
        assertTrue(allocated < 50 * MB, "allocated " + allocated / MB + " MB while refusing");
        assertTrue(used < 50 * MB, "heap grew " + used / MB + " MB while refusing");
    }

    @Test
    void aPictureJustUnderTheLimitIsReadWithBoundedMemory() throws Exception {
        Path big = rgbPng(dir.resolve("big.png"), 7_000, 7_000);
        assertTrue(7_000L * 7_000 <= ImageFiles.MAX_PIXELS);
        long allocatedBefore = AllocatedBytes.ofThisThread();
        InkImage ink = ImageFiles.read(big);
        long allocated = AllocatedBytes.ofThisThread() - allocatedBefore;
        System.out.printf("reading a 7000×7000 PNG as %d×%d ink: this thread allocated %.1f MB%n", ink.width(),
                ink.height(), allocated / (double) MB);
        // decoded whole: 147 MB of pixels, 196 MB of ARGB and 196 MB of ink, enough to exhaust the workbench
        assertTrue(allocated < 120 * MB, "allocated " + allocated / MB + " MB");
        assertTrue((long) ink.width() * ink.height() <= ImageFiles.DECODED_PIXELS, ink.width() + "×" + ink.height());
        assertEquals(ink.width(), ink.height(), "the picture keeps its shape");
    }

    @Test
    void aGoodPictureIsStillRead() throws IOException {
        BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 60, 40);
        g.setColor(Color.BLACK);
        g.fillRect(10, 10, 5, 5);
        g.dispose();
        Path file = dir.resolve("dot.png");
        ImageIO.write(image, "png", file.toFile());
        InkImage ink = ImageFiles.read(file);
        assertEquals(60, ink.width());
        assertEquals(40, ink.height());
        assertTrue(ink.get(12, 12) > 0.9f && ink.get(30, 30) < 0.1f);
    }

    @Test
    void theFirstHalfOfARealPngIsATruncatedImage() throws IOException {
        BufferedImage noise = new BufferedImage(200, 200, BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = new byte[200 * 200];
        new Random(9).nextBytes(pixels);
        noise.getRaster().setDataElements(0, 0, 200, 200, pixels);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(noise, "png", png);
        byte[] whole = png.toByteArray();
        Path half = Files.write(dir.resolve("half.png"), Arrays.copyOf(whole, whole.length / 2));
        assertFailsWith(half, "truncated");
    }

    @Test
    void textZeroBytesFolderAndMissingFileAreNamed() throws IOException {
        assertFailsWith(Files.writeString(dir.resolve("notes.png"), "not a picture\n"), "not an image");
        assertFailsWith(Files.write(dir.resolve("zero.png"), new byte[0]), "empty file");
        assertFailsWith(Files.createDirectory(dir.resolve("folder.png")), "is a folder");
        assertFailsWith(dir.resolve("missing.png"), "no such file");
    }

    private static void assertFailsWith(Path file, String reason) {
        IOException e = assertThrows(IOException.class, () -> ImageFiles.read(file));
        String m = e.getMessage();
        assertTrue(m.startsWith(file + ": ") && m.contains(reason), m);
        assertFalse(m.contains("\n"), m);
    }

    /** An all-black 8-bit RGB PNG written by hand: 1.3 MB on disk at 10000×10000, w×h×3 bytes once decoded. */
    static Path rgbPng(Path file, int w, int h) throws IOException {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (OutputStream z = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
            byte[] row = new byte[1 + 3 * w]; // filter byte 0, then black pixels
            for (int y = 0; y < h; y++) {
                z.write(row);
            }
        }
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put(new byte[] {8, 2, 0, 0, 0}).array());
            chunk(out, "IDAT", idat.toByteArray());
            chunk(out, "IEND", new byte[0]);
        }
        return file;
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeInt(data.length);
        out.write(t);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
