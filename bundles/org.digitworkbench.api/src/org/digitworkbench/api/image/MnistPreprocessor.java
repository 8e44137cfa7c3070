package org.digitworkbench.api.image;

import java.util.Optional;

import org.digitworkbench.api.DigitImage;

/**
 * Turns a drawing of one digit into the 28×28 image the network expects, the way MNIST itself was made (LeCun et
 * al.): crop to the ink's bounding box, scale with anti-aliasing so the longer side is 20 pixels keeping the aspect
 * ratio, and place it in a 28×28 field so that the centre of mass of the ink lies at the centre.
 */
public final class MnistPreprocessor {

    /** Longest side of the digit inside the 28×28 field. */
    static final int BOX = 20;
    /** Ink below this level is treated as paper noise when finding the bounding box. */
    static final float INK_THRESHOLD = 0.2f;
    /**
     * A drawing whose ink spans less than this share of the picture's shorter side is a dot or a slip, not a digit.
     */
    static final float MIN_EXTENT = 0.06f;
    /** Fewer ink pixels than this and there is nothing to recognise, whatever the picture size. */
    static final int MIN_INK_PIXELS = 3;

    /**
     * Pen width of an MNIST digit as a share of its ink's longer side: the median over the 60,000 training images
     * measured by {@link StrokeWidth#relativeWidth}; 5% of them are thinner than the low bound, 5% thicker than
     * the high one.
     */
    public static final float MNIST_RELATIVE_WIDTH = 0.111f;
    static final float MNIST_WIDTH_LOW = 0.076f;
    static final float MNIST_WIDTH_HIGH = 0.156f;

    private MnistPreprocessor() {
    }

    /** The digit image, or empty when the picture holds nothing to recognise (blank, a dot, a speck). */
    public static Optional<DigitImage> preprocess(InkImage image) {
        Bounds box = Bounds.ofInk(image, INK_THRESHOLD);
        if (box == null || box.inkPixels() < MIN_INK_PIXELS) {
            return Optional.empty();
        }
        int shorterSide = Math.min(image.width(), image.height());
        int extent = Math.max(box.width(), box.height());
        if (extent < Math.max(2, MIN_EXTENT * shorterSide)) {
            return Optional.empty();
        }
        double scale = (double) BOX / extent;
        int w = Math.max(1, (int) Math.round(box.width() * scale));
        int h = Math.max(1, (int) Math.round(box.height() * scale));
        float[] scaled = Resampler.areaResample(image, box, w, h);
        return Optional.of(new DigitImage(centreByMass(scaled, w, h)));
    }

    /**
     * A picture (a scan, an image file, a canvas with a picture under the strokes) as the network's input: its pen
     * width brought into MNIST's range first ({@link StrokeWidth}), so that a marker or a hairline reads like the
     * digits the network learnt from. Pictures already within MNIST's usual range are prepared untouched.
     */
    public static Optional<DigitImage> preprocessPicture(InkImage image) {
        if (preprocess(image).isEmpty()) {
            return Optional.empty();
        }
        return preprocess(StrokeWidth.normalise(image, MNIST_RELATIVE_WIDTH, MNIST_WIDTH_LOW, MNIST_WIDTH_HIGH));
    }

    /** Places a w×h patch in 28×28 so that its centre of mass falls on the centre, as MNIST did. */
    static float[] centreByMass(float[] patch, int w, int h) {
        double mass = 0;
        double mx = 0;
        double my = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float v = patch[y * w + x];
                mass += v;
                mx += v * x;
                my += v * y;
            }
        }
        // in pixel indices, as MNIST did: the centre of mass lands on pixel (14, 14)
        double cx = mass > 0 ? mx / mass : (w - 1) / 2.0;
        double cy = mass > 0 ? my / mass : (h - 1) / 2.0;
        int offsetX = (int) Math.round(DigitImage.SIZE / 2.0 - cx);
        int offsetY = (int) Math.round(DigitImage.SIZE / 2.0 - cy);
        float[] out = new float[DigitImage.PIXELS];
        for (int y = 0; y < h; y++) {
            int ty = y + offsetY;
            if (ty < 0 || ty >= DigitImage.SIZE) {
                continue;
            }
            for (int x = 0; x < w; x++) {
                int tx = x + offsetX;
                if (tx >= 0 && tx < DigitImage.SIZE) {
                    out[ty * DigitImage.SIZE + tx] = patch[y * w + x];
                }
            }
        }
        return out;
    }
}
