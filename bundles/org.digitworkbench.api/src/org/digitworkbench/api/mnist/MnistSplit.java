package org.digitworkbench.api.mnist;

import org.digitworkbench.api.DigitImage;

/** One part of MNIST (train or test): images with their labels, index-aligned. */
public final class MnistSplit {

    private final String name;
    private final byte[] pixels;
    private final byte[] labels;

    public MnistSplit(String name, IdxImages images, byte[] labels) {
        if (images.rows() != DigitImage.SIZE || images.cols() != DigitImage.SIZE) {
            throw new IllegalArgumentException(name + ": images are " + images.rows() + "×" + images.cols()
                    + ", MNIST images are 28×28");
        }
        if (images.count() != labels.length) {
            throw new IllegalArgumentException(name + ": " + images.count() + " images but " + labels.length
                    + " labels");
        }
        this.name = name;
        this.pixels = images.pixels();
        this.labels = labels;
    }

    private MnistSplit(String name, byte[] pixels, byte[] labels) {
        this.name = name;
        this.pixels = pixels;
        this.labels = labels;
    }

    /** The first {@code count} samples only. */
    public MnistSplit head(int count) {
        return new MnistSplit(name, java.util.Arrays.copyOf(pixels, count * DigitImage.PIXELS),
                java.util.Arrays.copyOf(labels, count));
    }

    public String name() {
        return name;
    }

    public int size() {
        return labels.length;
    }

    public int label(int index) {
        return labels[index];
    }

    public DigitImage image(int index) {
        return DigitImage.fromBytes(pixels, index * DigitImage.PIXELS);
    }

    /** Raw pixel byte (0–255) of image {@code index}, for fast thumbnails and training without copies. */
    public int pixel(int index, int pixel) {
        return pixels[index * DigitImage.PIXELS + pixel] & 0xff;
    }
}
