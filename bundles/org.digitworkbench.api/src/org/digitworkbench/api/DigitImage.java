package org.digitworkbench.api;

/**
 * A 28×28 image as the network sees it: row-major, values 0 (background) to 1 (ink), light ink on dark
 * background like MNIST.
 */
public final class DigitImage {

    public static final int SIZE = 28;
    public static final int PIXELS = SIZE * SIZE;

    private final float[] pixels;

    public DigitImage(float[] pixels) {
        if (pixels.length != PIXELS) {
            throw new IllegalArgumentException("a digit image has " + PIXELS + " pixels, got " + pixels.length);
        }
        this.pixels = pixels.clone();
    }

    /** From MNIST bytes (0–255, 255 = ink). */
    public static DigitImage fromBytes(byte[] data, int offset) {
        float[] values = new float[PIXELS];
        for (int i = 0; i < PIXELS; i++) {
            values[i] = (data[offset + i] & 0xff) / 255f;
        }
        return new DigitImage(values);
    }

    public float get(int x, int y) {
        return pixels[y * SIZE + x];
    }

    /** A copy of the pixels, row-major. */
    public float[] pixels() {
        return pixels.clone();
    }

    /** Copies the pixels into {@code target} at {@code offset} without allocating. */
    public void copyTo(float[] target, int offset) {
        System.arraycopy(pixels, 0, target, offset, PIXELS);
    }
}
