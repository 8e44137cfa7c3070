package org.digitworkbench.api.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.digitworkbench.api.DigitImage;
import org.digitworkbench.tests.support.TestData;
import org.digitworkbench.api.ink.StrokeRasterizer;
import org.digitworkbench.api.ink.Strokes;
import org.digitworkbench.api.ink.UnipenReader;
import org.digitworkbench.api.mnist.MnistSplit;
import org.digitworkbench.api.mnist.MnistStore;
import org.junit.jupiter.api.Test;

class MnistPreprocessorTest {

    /** A canvas with a filled rectangle of ink (1) on paper (0). */
    static InkImage rectangle(int w, int h, int x0, int y0, int x1, int y1) {
        float[] ink = new float[w * h];
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                ink[y * w + x] = 1f;
            }
        }
        return new InkImage(w, h, ink);
    }

    /** Rows and columns of the 28×28 result that hold ink, and the ink's centre of mass in pixel indices. */
    record Shape(int top, int bottom, int left, int right, double cx, double cy) {
        int height() {
            return bottom - top + 1;
        }

        int width() {
            return right - left + 1;
        }

        static Shape of(DigitImage d) {
            int top = 99, bottom = -1, left = 99, right = -1;
            double mass = 0, mx = 0, my = 0;
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    float v = d.get(x, y);
                    if (v > 0.05f) {
                        top = Math.min(top, y);
                        bottom = Math.max(bottom, y);
                        left = Math.min(left, x);
                        right = Math.max(right, x);
                    }
                    mass += v;
                    mx += v * x;
                    my += v * y;
                }
            }
            return new Shape(top, bottom, left, right, mx / mass, my / mass);
        }
    }

    @Test
    void blankAndSpeckAreNothingToRecognise() {
        assertTrue(MnistPreprocessor.preprocess(new InkImage(400, 300, new float[400 * 300])).isEmpty());
        assertTrue(MnistPreprocessor.preprocess(rectangle(400, 300, 100, 100, 110, 110)).isEmpty(),
                "a 10 px dot on a 300 px canvas is a slip of the mouse, not a digit");
        assertTrue(MnistPreprocessor.preprocess(rectangle(400, 300, 200, 100, 201, 101)).isEmpty());
    }

    @Test
    void tallStrokeBecomesTwentyPixelsHighAndCentred() {
        // a "1": 30 px wide, 240 px high, off-centre on a 500×400 canvas
        DigitImage d = MnistPreprocessor.preprocess(rectangle(500, 400, 60, 20, 90, 260)).orElseThrow();
        Shape s = Shape.of(d);
        assertEquals(20, s.height());
        assertTrue(s.width() <= 4, "aspect ratio kept: width " + s.width());
        assertEquals(14.0, s.cx, 0.6);
        assertEquals(14.0, s.cy, 0.6);
    }

    @Test
    void wideStrokeKeepsItsAspectRatio() {
        DigitImage d = MnistPreprocessor.preprocess(rectangle(500, 400, 100, 300, 400, 340)).orElseThrow();
        Shape s = Shape.of(d);
        assertEquals(20, s.width());
        assertTrue(s.height() >= 2 && s.height() <= 4, "height " + s.height());
    }

    @Test
    void inkColourDoesNotMatter() {
        int w = 120;
        int h = 100;
        int[] darkOnLight = new int[w * h];
        int[] lightOnDark = new int[w * h];
        for (int i = 0; i < w * h; i++) {
            int x = i % w;
            int y = i / w;
            boolean ink = Math.abs(x - y) < 6 && y > 10 && y < 90;
            darkOnLight[i] = ink ? 0x202020 : 0xdfdfdf;
            lightOnDark[i] = ink ? 0xdfdfdf : 0x202020;
        }
        float[] a = MnistPreprocessor.preprocess(InkImage.fromRgb(w, h, darkOnLight)).orElseThrow().pixels();
        float[] b = MnistPreprocessor.preprocess(InkImage.fromRgb(w, h, lightOnDark)).orElseThrow().pixels();
        assertArrayEquals(a, b, 1e-5f);
    }

    /**
     * MNIST digits were made by this very procedure: a test digit drawn ten times larger comes back with the same
     * box, the same centre and nearly the same pixels.
     */
    @Test
    void enlargedMnistDigitsComeBackAsTheyWere() throws IOException {
        MnistSplit test = TestData.mnist().load(MnistStore.Split.TEST);
        double correlationSum = 0;
        int n = 300;
        for (int i = 0; i < n; i++) {
            DigitImage original = test.image(i);
            DigitImage again = MnistPreprocessor.preprocess(enlarge(original, 10)).orElseThrow();
            Shape a = Shape.of(original);
            Shape b = Shape.of(again);
            // the digit is placed on whole pixels, so its centre may move by up to one pixel
            assertEquals(a.cx, b.cx, 1.0, "centre x of test digit " + i);
            assertEquals(a.cy, b.cy, 1.0, "centre y of test digit " + i);
            assertEquals(Math.max(a.height(), a.width()), Math.max(b.height(), b.width()), 2, "size of digit " + i);
            correlationSum += correlation(original.pixels(), again.pixels());
        }
        double mean = correlationSum / n;
        assertTrue(mean > 0.98, "mean correlation " + mean);
    }

    /** Nearest-neighbour enlargement: each pixel becomes a factor×factor block. */
    static InkImage enlarge(DigitImage d, int factor) {
        int size = 28 * factor;
        float[] ink = new float[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                ink[y * size + x] = d.get(x / factor, y / factor);
            }
        }
        return new InkImage(size, size, ink);
    }

    /** Real handwriting from 30 writers, rendered as a user would draw it, comes out MNIST-shaped. */
    @Test
    void realPenDigitsComeOutMnistShaped() throws IOException {
        List<UnipenReader.PenDigit> digits = TestData.penDigits();
        for (int i = 0; i < digits.size(); i += 97) {
            var strokes = Strokes.fit(digits.get(i).strokes(), 400, 400, 60);
            Optional<DigitImage> d = MnistPreprocessor.preprocess(StrokeRasterizer.renderInk(strokes, 400, 400, 24));
            assertTrue(d.isPresent(), "digit " + i + " recognised as empty");
            Shape s = Shape.of(d.get());
            assertTrue(Math.max(s.height(), s.width()) >= 20 && Math.max(s.height(), s.width()) <= 22,
                    "digit " + i + " box " + s);
            assertEquals(14.0, s.cx, 1.0, "digit " + i);
            assertEquals(14.0, s.cy, 1.0, "digit " + i);
        }
    }

    static double correlation(float[] a, float[] b) {
        double ma = 0, mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double ab = 0, aa = 0, bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (a[i] - ma) * (b[i] - mb);
            aa += (a[i] - ma) * (a[i] - ma);
            bb += (b[i] - mb) * (b[i] - mb);
        }
        return ab / Math.sqrt(aa * bb);
    }
}
