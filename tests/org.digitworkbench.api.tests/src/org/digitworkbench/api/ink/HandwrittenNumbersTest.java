package org.digitworkbench.api.ink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Random;

import org.digitworkbench.api.ink.HandwrittenNumbers.Style;
import org.digitworkbench.api.ink.HandwrittenNumbers.Written;
import org.digitworkbench.tests.support.TestData;
import org.junit.jupiter.api.Test;

/** The numbers the benchmark writes are laid out as asked. */
class HandwrittenNumbersTest {

    private static List<UnipenReader.PenDigit> digitsWithStrokes(int writer, int count, int strokes)
            throws IOException {
        return TestData.penDigits().stream().filter(d -> d.writer() == writer && d.strokes().size() == strokes)
                .limit(count).toList();
    }

    @Test
    void digitsStandSideBySideAtTheAskedHeightAndGap() throws IOException {
        List<UnipenReader.PenDigit> digits = digitsWithStrokes(22, 4, 1);
        Written w = HandwrittenNumbers.write(digits, 60, Style.neat(4, 0.25));
        assertEquals(4, w.strokes().size());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            text.append(digits.get(i).label());
            Stroke s = w.strokes().get(i);
            assertTrue(s.minX() >= 0 && s.maxX() <= w.width() && s.minY() >= 0 && s.maxY() <= w.height());
            if (i > 0) {
                assertEquals(0.25 * 60, s.minX() - w.strokes().get(i - 1).maxX(), 0.01, "gap before digit " + i);
                assertEquals(w.strokes().get(i - 1).maxY(), s.maxY(), 0.01, "one baseline");
            }
        }
        assertEquals(text.toString(), w.text());
    }

    @Test
    void aLateStrokeComesAfterTheNextDigitsFirst() throws IOException {
        List<UnipenReader.PenDigit> two = digitsWithStrokes(23, 1, 2);
        List<UnipenReader.PenDigit> one = digitsWithStrokes(23, 1, 1);
        List<UnipenReader.PenDigit> digits = List.of(two.get(0), one.get(0));
        Written w = HandwrittenNumbers.write(digits, 80, new Style(new double[] {0.3, 0.3}, new double[2], 0,
                new boolean[] {true, false}));
        assertEquals(3, w.strokes().size());
        float secondDigitLeft = w.strokes().get(1).minX();
        assertTrue(w.strokes().get(0).maxX() < secondDigitLeft, "first stroke: the first digit's");
        assertTrue(w.strokes().get(2).maxX() < secondDigitLeft, "last stroke: the first digit's late one");
    }

    @Test
    void touchingDigitsOverlap() throws IOException {
        List<UnipenReader.PenDigit> digits = digitsWithStrokes(24, 2, 1);
        Written w = HandwrittenNumbers.write(digits, 100, Style.neat(2, -0.05));
        assertEquals(-5, w.strokes().get(1).minX() - w.strokes().get(0).maxX(), 0.01);
    }

    @Test
    void theSameSeedWritesTheSameNumber() throws IOException {
        List<UnipenReader.PenDigit> digits = digitsWithStrokes(25, 5, 1);
        Written a = HandwrittenNumbers.write(digits, 50, new Random(3));
        Written b = HandwrittenNumbers.write(digits, 50, new Random(3));
        assertEquals(a.strokes(), b.strokes());
    }
}
