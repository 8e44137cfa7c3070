package org.digitworkbench.api.ink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.image.InkImage;
import org.digitworkbench.api.image.MnistPreprocessor;
import org.digitworkbench.api.image.StrokeWidth;
import org.digitworkbench.tests.support.TestData;
import org.junit.jupiter.api.Test;

/** A drawn digit's network input depends on its shape only: not on how large it was written, nor where. */
class StrokeInputTest {

    private static List<Stroke> scaled(List<Stroke> strokes, float height, float x, float y) {
        return Strokes.fit(strokes, height * 3, height, 0).stream().map(s -> s.transformed(1f, x, y)).toList();
    }

    @Test
    void theSameDigitWrittenAtAnySizeGivesTheSameInput() throws IOException {
        List<UnipenReader.PenDigit> digits = TestData.penDigits();
        double worst = 0;
        for (int i = 0; i < digits.size(); i += 53) {
            List<Stroke> strokes = digits.get(i).strokes();
            float[] reference = StrokeInput.of(scaled(strokes, 200, 0, 0)).orElseThrow().pixels();
            for (float height : new float[] {20, 40, 80, 160, 320, 640}) {
                float[] other = StrokeInput.of(scaled(strokes, height, 37.5f, 11.25f)).orElseThrow().pixels();
                for (int p = 0; p < reference.length; p++) {
                    worst = Math.max(worst, Math.abs(reference[p] - other[p]));
                }
            }
        }
        assertTrue(worst < 0.03, "largest pixel difference across sizes " + worst);
    }

    /** The pen the network sees is MNIST's: the median relative width of the inputs is MNIST's median. */
    @Test
    void theInputHasMnistsStrokeWidth() throws IOException {
        List<UnipenReader.PenDigit> digits = TestData.penDigits();
        List<Double> widths = new ArrayList<>();
        for (int i = 0; i < digits.size(); i += 37) {
            DigitImage d = StrokeInput.of(digits.get(i).strokes()).orElseThrow();
            widths.add(StrokeWidth.relativeWidth(new InkImage(28, 28, d.pixels())));
        }
        double[] sorted = widths.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted[sorted.length / 2];
        System.out.printf("relative stroke width of drawn digits' inputs: median %.3f (MNIST %.3f)%n", median,
                MnistPreprocessor.MNIST_RELATIVE_WIDTH);
        assertEquals(MnistPreprocessor.MNIST_RELATIVE_WIDTH, median, 0.015);
    }

    @Test
    void aClickIsNotADigit() {
        assertTrue(StrokeInput.of(List.of(new Stroke(new float[] {50, 50}))).isEmpty());
        assertTrue(StrokeInput.of(List.of()).isEmpty());
    }

    @Test
    void aStraightStrokeIsCentredAndTwentyPixelsTall() {
        DigitImage one = StrokeInput.of(List.of(new Stroke(new float[] {100, 20, 100, 300}))).orElseThrow();
        int top = 28;
        int bottom = -1;
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                if (one.get(x, y) > 0.1f) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        assertEquals(20, bottom - top + 1, 1);
        float[] row = Arrays.copyOfRange(one.pixels(), 14 * 28, 15 * 28);
        assertTrue(row[14] > 0.5f || row[13] > 0.5f, "ink in the middle column: " + Arrays.toString(row));
    }
}
