package org.digitworkbench.api.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.api.image.InkImage;
import org.digitworkbench.api.ink.DrawingSnapshot;
import org.digitworkbench.api.ink.Stroke;
import org.digitworkbench.api.ink.StrokeRasterizer;
import org.digitworkbench.api.ink.Strokes;
import org.digitworkbench.api.ink.UnipenReader;
import org.digitworkbench.tests.support.TestData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private static Stroke line(float... xy) {
        return new Stroke(xy);
    }

    @Test
    void digitsSideBySideAreSplitLeftToRightWhateverTheDrawingOrder() {
        // "71", the 1 drawn first
        List<Stroke> strokes = List.of(line(300, 50, 300, 250), line(50, 50, 200, 50, 120, 250));
        List<List<Integer>> groups = DigitGrouping.group(boxes(strokes, 20));
        assertEquals(List.of(List.of(1), List.of(0)), groups);
    }

    @Test
    void piecesOfOneDigitStayTogether() {
        // a 5 drawn as body and hat, a 4 drawn as an L and a bar, a 7 with its crossbar
        List<Stroke> five = List.of(line(60, 40, 60, 120, 140, 130, 140, 220, 50, 230), line(60, 40, 150, 40));
        List<Stroke> four = List.of(line(300, 40, 260, 160, 360, 160), line(340, 60, 340, 240));
        List<Stroke> seven = List.of(line(450, 40, 560, 40, 480, 240), line(470, 140, 550, 140));
        List<Stroke> all = new ArrayList<>();
        all.addAll(five);
        all.addAll(four);
        all.addAll(seven);
        List<List<Integer>> groups = DigitGrouping.group(boxes(all, 16));
        assertEquals(List.of(List.of(0, 1), List.of(2, 3), List.of(4, 5)), groups);
    }

    @Test
    void oneDigitIsTheWholeDrawingAsBefore() {
        DrawingSnapshot one = new DrawingSnapshot(3, List.of(line(100, 50, 100, 250)), 400, 300, 20);
        List<DigitSegment> segments = Segmenter.ofStrokes(one);
        assertEquals(1, segments.size());
        assertSame(one.image(), segments.get(0).ink(), "a single digit is read from the drawing itself");
    }

    @Test
    void picturesAreCutIntoBlobsAndSpecksAreIgnored() {
        List<Stroke> strokes = List.of(line(40, 30, 40, 170), line(120, 30, 200, 30, 150, 170),
                line(260, 40, 320, 40, 320, 160, 260, 160, 260, 40), line(380, 100, 381, 101));
        InkImage picture = StrokeRasterizer.renderInk(strokes, 420, 200, 14);
        List<DigitSegment> segments = Segmenter.ofImage(picture);
        assertEquals(3, segments.size(), "1, 7, 0; the dot at the right is a speck");
        assertTrue(segments.get(0).bounds().x1() < segments.get(1).bounds().x0());
        assertTrue(segments.get(1).bounds().x1() < segments.get(2).bounds().x0());
        InkImage seven = segments.get(1).ink();
        assertTrue(seven.width() < 120 && seven.height() > 130, "the 7 cut to its own box");
    }

    /** Real handwritten digits written side by side: the number of digits comes out right. */
    @Test
    void realPenNumbersAreSplitIntoTheirDigits() throws IOException {
        Assumptions.assumeTrue(TestData.penDigitsFile().isPresent(), "pen digits not on this machine");
        List<UnipenReader.PenDigit> digits = TestData.penDigits().get();
        int right = 0;
        int total = 0;
        for (int start = 0; start + 6 < digits.size(); start += 211) {
            int length = 2 + start % 5;
            List<Stroke> strokes = new ArrayList<>();
            for (int k = 0; k < length; k++) {
                for (Stroke s : Strokes.fit(digits.get(start + k).strokes(), 120, 200, 14)) {
                    strokes.add(s.transformed(1f, k * 120, 20));
                }
            }
            DrawingSnapshot drawing = new DrawingSnapshot(1, strokes, 120 * length, 240, 12);
            total++;
            right += Segmenter.ofStrokes(drawing).size() == length ? 1 : 0;
        }
        System.out.printf("segmentation of %d numbers of real pen digits: %d with the right number of digits%n",
                total, right);
        assertTrue(right >= total * 0.93, right + " of " + total);
    }

    private static List<Box> boxes(List<Stroke> strokes, float pen) {
        List<Box> boxes = new ArrayList<>();
        for (Stroke s : strokes) {
            boxes.add(new Box(s.minX() - pen / 2, s.minY() - pen / 2, s.maxX() + pen / 2, s.maxY() + pen / 2));
        }
        return boxes;
    }
}
