package org.digitworkbench.api.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Reads drawings from image files (PNG, JPEG, BMP, GIF) of any size as {@link InkImage}s. */
public final class ImageFiles {

    /** Larger pictures are refused rather than risking the memory of the whole application. */
    static final long MAX_PIXELS = 50_000_000L;

    private ImageFiles() {
    }

    /** Reads an image; transparent pixels count as paper. Fails with a message naming the file and the reason. */
    public static InkImage read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        BufferedImage image;
        try (InputStream in = Files.newInputStream(file)) {
            image = ImageIO.read(in);
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": broken image (" + e.getMessage() + ")", e);
        }
        if (image == null) {
            throw new IOException(file + ": not an image this program can read (PNG, JPEG, BMP or GIF)");
        }
        return fromImage(image, file.toString());
    }

    public static InkImage fromImage(BufferedImage image, String name) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        if ((long) w * h > MAX_PIXELS) {
            throw new IOException(name + ": " + w + "×" + h + " pixels is too large for a drawing");
        }
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
