package org.digitworkbench.inference.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntPredicate;

import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.image.MnistPreprocessor;
import org.digitworkbench.api.ink.Stroke;
import org.digitworkbench.api.ink.StrokeRasterizer;
import org.digitworkbench.api.ink.Strokes;
import org.digitworkbench.api.ink.UnipenReader;

/**
 * Real pen trajectories as extra training data: every time a digit is used it is drawn anew on a canvas of random
 * size with a random round pen, then prepared exactly like a drawing in the workbench. They teach the network
 * writing styles MNIST lacks (a 1 with a flag, a 7 with a bar) and the even stroke of a mouse or pen.
 */
final class PenDigitSource {

    private final List<UnipenReader.PenDigit> digits;

    private PenDigitSource(List<UnipenReader.PenDigit> digits) {
        this.digits = digits;
    }

    /** The digits of the writers the filter accepts (the others are kept apart to measure on). */
    static PenDigitSource read(Path file, IntPredicate writers) throws IOException {
        return new PenDigitSource(UnipenReader.read(file).stream().filter(d -> writers.test(d.writer())).toList());
    }

    int size() {
        return digits.size();
    }

    int label(int index) {
        return digits.get(index).label();
    }

    /** Draws digit {@code index} as a user might and writes the network's 28×28 input into {@code dst}. */
    void render(int index, Random random, float[] dst, int offset) {
        int canvas = 160 + random.nextInt(241);
        float digitSize = canvas * (0.5f + 0.4f * random.nextFloat());
        // MNIST strokes are about a tenth of the digit's height; mouse and pen strokes vary around that
        float pen = Math.max(2f, digitSize * (0.05f + 0.09f * random.nextFloat()));
        List<Stroke> strokes = Strokes.fit(digits.get(index).strokes(), canvas, canvas, (canvas - digitSize) / 2);
        Optional<DigitImage> image = MnistPreprocessor.preprocess(StrokeRasterizer.renderInk(strokes, canvas, canvas,
                pen));
        float[] pixels = image.map(DigitImage::pixels).orElse(new float[DigitImage.PIXELS]);
        System.arraycopy(pixels, 0, dst, offset, DigitImage.PIXELS);
    }
}
