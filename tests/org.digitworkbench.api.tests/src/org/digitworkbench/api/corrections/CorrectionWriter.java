package org.digitworkbench.api.corrections;

import java.nio.file.Path;
import java.util.List;

import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.ink.Stroke;
import org.digitworkbench.api.reading.Box;

/** Run in a separate JVM by {@link CorrectionStoreTest}: saves corrections until it is killed. */
public final class CorrectionWriter {

    private CorrectionWriter() {
    }

    public static void main(String[] args) throws Exception {
        CorrectionStore store = new CorrectionStore(Path.of(args[0]));
        for (int i = 0;; i++) {
            store.save(sample(i));
            System.out.println("saved " + (i + 1));
        }
    }

    /** A two-digit correction with long strokes, so that each write takes a measurable time. */
    static Correction sample(int seed) {
        float[] points = new float[4000];
        for (int i = 0; i < points.length; i++) {
            points[i] = (seed * 31 + i * 7) % 400;
        }
        float[] pixels = new float[DigitImage.PIXELS];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = ((seed + i) % 97) / 96f;
        }
        DigitImage input = new DigitImage(pixels);
        return Correction.of("test-model", List.of(new Stroke(points), new Stroke(new float[] {1, 2, 3, 4})),
                List.of(new CorrectedDigit(new Box(0, 0, 100, 200), input, 5, 3),
                        new CorrectedDigit(new Box(120, 0, 220, 200), input, 1, 1)));
    }
}
