package org.digitworkbench.api.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

/** Reads drawings from image files (PNG, JPEG, BMP, GIF) of any size as {@link InkImage}s. */
public final class ImageFiles {

    /** Larger pictures are refused rather than risking the memory of the whole application. */
    static final long MAX_PIXELS = 50_000_000L;
    /**
     * Larger pictures are decoded skipping rows and columns down to about this size: a digit needs far fewer
     * pixels, and a 50-megapixel picture decoded whole would take over half a gigabyte on its way to ink.
     */
    static final long DECODED_PIXELS = 4_000_000L;

    private ImageFiles() {
    }

    /** Reads an image; transparent pixels count as paper. Fails with a message naming the file and the reason. */
    public static InkImage read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": is a folder, not an image file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        if (Files.size(file) == 0) {
            throw new IOException(file + ": empty file (0 bytes), not an image");
        }
        return fromImage(decode(file), file.toString());
    }

    /** Decodes only after the header's width and height passed the size check, so memory stays bounded. */
    private static BufferedImage decode(Path file) throws IOException {
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException(file + ": not an image this program can read (PNG, JPEG, BMP or GIF)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w;
                int h;
                try {
                    w = reader.getWidth(0);
                    h = reader.getHeight(0);
                } catch (IOException | RuntimeException e) {
                    throw new IOException(file + ": broken image header (" + e.getMessage() + ")", e);
                }
                checkSize(w, h, file.toString());
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(w, h);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                try {
                    return reader.read(0, param);
                } catch (IOException | RuntimeException e) {
                    throw new IOException(file + ": broken or truncated image (" + e.getMessage() + ")", e);
                }
            } finally {
                reader.dispose();
            }
        }
    }

    /** The smallest step that brings a w×h picture to at most {@link #DECODED_PIXELS}. */
    static int subsampling(long w, long h) {
        int step = 1;
        while (((w + step - 1) / step) * ((h + step - 1) / step) > DECODED_PIXELS) {
            step++;
        }
        return step;
    }

    private static void checkSize(long w, long h, String name) throws IOException {
        if (w * h > MAX_PIXELS) {
            throw new IOException(name + ": " + w + "×" + h + " pixels is too large for a drawing (at most "
                    + MAX_PIXELS / 1_000_000 + " megapixels)");
        }
    }

    public static InkImage fromImage(BufferedImage image, String name) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        checkSize(w, h, name);
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        boolean alpha = image.getColorModel().hasAlpha();
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            if (alpha) {
                int a = (p >>> 24) & 0xff;
                int r = blendOnWhite((p >> 16) & 0xff, a);
                int g = blendOnWhite((p >> 8) & 0xff, a);
                int b = blendOnWhite(p & 0xff, a);
                argb[i] = (r << 16) | (g << 8) | b;
            }
        }
        return InkImage.fromRgb(w, h, argb);
    }

    private static int blendOnWhite(int channel, int alpha) {
        return (channel * alpha + 255 * (255 - alpha)) / 255;
    }
}
