package org.digitworkbench.soak;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.digitworkbench.api.ink.HandwrittenNumbers;
import org.digitworkbench.api.ink.Stroke;
import org.digitworkbench.api.ink.UnipenReader.PenDigit;
import org.digitworkbench.inference.PenDigitData;

/**
 * Numbers of 1–4 digits written from the real pen strokes of the writers the shipped model never saw (the pen
 * digits that travel with the product), one writer per number, at digit heights a user draws, placed anywhere on
 * the canvas. Endless and repeatable: the same seed gives the same session.
 */
final class HeldOutHandwriting {

    private static final int[] HEIGHTS = {40, 80, 120};
    private static final int LONGEST = 4;
    private static final int MARGIN = 10;

    private final List<List<PenDigit>> byWriter = new ArrayList<>();
    private final Random random = new Random(9);

    HeldOutHandwriting() throws IOException {
        Map<Integer, List<PenDigit>> writers = new TreeMap<>();
        for (PenDigit d : PenDigitData.read(null, PenDigitData.writers(PenDigitData.HELD_OUT_WRITERS))) {
            writers.computeIfAbsent(d.writer(), w -> new ArrayList<>()).add(d);
        }
        byWriter.addAll(writers.values());
    }

    /** The strokes of the next number, in writing order, inside a canvas of this size. */
    List<Stroke> next(int canvasWidth, int canvasHeight) {
        List<PenDigit> own = byWriter.get(random.nextInt(byWriter.size()));
        int height = HEIGHTS[random.nextInt(HEIGHTS.length)];
        for (int digits = 1 + random.nextInt(LONGEST); ; digits--) {
            List<PenDigit> chosen = new ArrayList<>();
            for (int k = 0; k < digits; k++) {
                chosen.add(own.get(random.nextInt(own.size())));
            }
            HandwrittenNumbers.Written w = HandwrittenNumbers.write(chosen, height, random);
            int roomX = canvasWidth - w.width() - 2 * MARGIN;
            int roomY = canvasHeight - w.height() - 2 * MARGIN;
            if ((roomX >= 0 && roomY >= 0) || digits == 1) {
                float dx = MARGIN + random.nextInt(Math.max(1, roomX + 1));
                float dy = MARGIN + random.nextInt(Math.max(1, roomY + 1));
                return w.strokes().stream().map(s -> s.transformed(1f, dx, dy)).toList();
            }
        }
    }
}
