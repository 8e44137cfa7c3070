package org.digitworkbench.inference.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.image.MnistPreprocessor;
import org.digitworkbench.api.ink.Stroke;
import org.digitworkbench.api.ink.StrokeInput;
import org.digitworkbench.api.ink.UnipenReader.PenDigit;

/**
 * Real pen trajectories as extra training data, shown {@link #REPEATS} times per epoch: every time a digit is used
 * its strokes are slanted, turned and stretched a little and then made into the network's input exactly as a
 * drawing in the workbench is ({@link StrokeInput}), with a pen width drawn from MNIST's own spread. They teach the
 * network writing styles MNIST lacks (a 1 with a flag, a 7 with a bar, a 4 written open) and the even stroke of a
 * mouse or pen.
 */
final class PenDigitSource {

    /** How often each pen digit is used per epoch: 2 × 5,000 beside MNIST's 60,000. */
    static final int REPEATS = 2;
    private static final double MAX_ROTATION = Math.toRadians(10);
    private static final double MAX_SHEAR = 0.2;
    private static final double MAX_STRETCH = 0.15;
    /** Spread (log scale) of MNIST's relative pen width: its 5th–95th percentiles are about ×0.7 and ×1.4. */
    private static final double WIDTH_SPREAD = 0.2;

    private final List<PenDigit> digits;

    PenDigitSource(List<PenDigit> digits) {
        this.digits = digits;
    }

    /** Samples per epoch. */
    int size() {
        return digits.size() * REPEATS;
    }

    int distinctDigits() {
        return digits.size();
    }

    int label(int index) {
        return digits.get(index % digits.size()).label();
    }

    /** Writes the network's 28×28 input for a freshly distorted drawing of sample {@code index} into {@code dst}. */
    void render(int index, Random random, float[] dst, int offset) {
        List<Stroke> strokes = distort(digits.get(index % digits.size()).strokes(), random);
        float width = (float) (MnistPreprocessor.MNIST_RELATIVE_WIDTH * Math.exp(random.nextGaussian() * WIDTH_SPREAD));
        Optional<DigitImage> image = StrokeInput.of(strokes, Math.max(0.06f, Math.min(0.18f, width)));
        float[] pixels = image.map(DigitImage::pixels).orElse(new float[DigitImage.PIXELS]);
        System.arraycopy(pixels, 0, dst, offset, DigitImage.PIXELS);
    }

    /** The strokes under one random rotation, shear and horizontal stretch (the input is normalised after). */
    private static List<Stroke> distort(List<Stroke> strokes, Random random) {
        double angle = (random.nextDouble() * 2 - 1) * MAX_ROTATION;
        double shear = (random.nextDouble() * 2 - 1) * MAX_SHEAR;
        double stretch = 1 + (random.nextDouble() * 2 - 1) * MAX_STRETCH;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        List<Stroke> out = new ArrayList<>(strokes.size());
        for (Stroke s : strokes) {
            float[] xy = new float[s.size() * 2];
            for (int i = 0; i < s.size(); i++) {
                double x = (s.x(i) + shear * s.y(i)) * stretch;
                double y = s.y(i);
                xy[2 * i] = (float) (cos * x - sin * y);
                xy[2 * i + 1] = (float) (sin * x + cos * y);
            }
            out.add(new Stroke(xy));
        }
        return out;
    }
}
