package org.digitworkbench.browser.model;

import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.mnist.MnistSplit;

/** The samples of one split: 28×28 images with their true digits, index-aligned. */
public interface SplitSamples {

    int size();

    int label(int index);

    DigitImage image(int index);

    /** Raw pixel (0–255, 255 = ink) for fast thumbnails. */
    int pixel(int index, int pixel);

    /** What the detail view calls a sample, e.g. "test #12". */
    String describe(int index);

    static SplitSamples of(Split split, MnistSplit mnist) {
        return new SplitSamples() {
            @Override
            public int size() {
                return mnist.size();
            }

            @Override
            public int label(int index) {
                return mnist.label(index);
            }

            @Override
            public DigitImage image(int index) {
                return mnist.image(index);
            }

            @Override
            public int pixel(int index, int pixel) {
                return mnist.pixel(index, pixel);
            }

            @Override
            public String describe(int index) {
                return split.name + " #" + index;
            }
        };
    }
}
