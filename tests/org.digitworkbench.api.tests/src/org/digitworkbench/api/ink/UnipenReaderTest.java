package org.digitworkbench.api.ink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.digitworkbench.tests.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnipenReaderTest {

    @Test
    void readsSegmentsWritersAndFlipsY(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("sample"), """
                .INCLUDE dene.doc
                .SEGMENT DIGIT    0 ? "7"
                .COMMENT 7 3  1
                .PEN_DOWN
                  10  100
                  50  100
                  20   10
                .PEN_UP
                .DT 100
                .SEGMENT DIGIT    1 ? "4"
                .COMMENT 4 3  2
                .PEN_DOWN
                   5  5
                .PEN_UP
                .PEN_DOWN
                   6  6
                   7  8
                .PEN_UP
                """);
        List<UnipenReader.PenDigit> digits = UnipenReader.read(file);
        assertEquals(2, digits.size());
        assertEquals(7, digits.get(0).label());
        assertEquals(3, digits.get(0).writer());
        Stroke s = digits.get(0).strokes().get(0);
        assertEquals(3, s.size());
        assertTrue(s.y(2) > s.y(0), "y points down after reading: the 7's foot is below its bar");
        assertEquals(2, digits.get(1).strokes().size());
    }

    @Test
    void realFileHasThirtyWriters() throws IOException {
        List<UnipenReader.PenDigit> digits = UnipenReader.read(TestData.penDigitsFile());
        assertEquals(7494, digits.size());
        Set<Integer> writers = new HashSet<>();
        digits.forEach(d -> writers.add(d.writer()));
        assertEquals(30, writers.size());
    }

    @Test
    void fitPlacesStrokesInsideTheMargin() {
        List<Stroke> fitted = Strokes.fit(List.of(new Stroke(new float[] {0, 0, 10, -20})), 200, 100, 10);
        Stroke s = fitted.get(0);
        assertEquals(10f, Math.min(s.y(0), s.y(1)), 1e-3);
        assertEquals(90f, Math.max(s.y(0), s.y(1)), 1e-3);
        assertEquals(100f, (s.x(0) + s.x(1)) / 2, 1e-3);
    }
}
