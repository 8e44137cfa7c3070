package org.digitworkbench.api.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.api.image.InkImage;
import org.digitworkbench.api.ink.Stroke;
import org.digitworkbench.api.ink.StrokeRasterizer;
import org.junit.jupiter.api.Test;

/** Pictures are cut into digits by their blobs of ink; pieces of one digit are put back together. */
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

    private static List<Box> boxes(List<Stroke> strokes, float pen) {
        List<Box> boxes = new ArrayList<>();
        for (Stroke s : strokes) {
            boxes.add(new Box(s.minX() - pen / 2, s.minY() - pen / 2, s.maxX() + pen / 2, s.maxY() + pen / 2));
        }
        return boxes;
    }
}
