package org.digitworkbench.api.ink;

import java.util.ArrayList;
import java.util.List;

/** Operations on whole drawings (lists of strokes). */
public final class Strokes {

    private Strokes() {
    }

    /**
     * Scales and moves the strokes, keeping their aspect ratio, so that their bounding box fills a width×height area
     * less a margin on every side, centred. Used to replay recorded handwriting onto a canvas of any size.
     */
    public static List<Stroke> fit(List<Stroke> strokes, float width, float height, float margin) {
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (Stroke s : strokes) {
            minX = Math.min(minX, s.minX());
            minY = Math.min(minY, s.minY());
            maxX = Math.max(maxX, s.maxX());
            maxY = Math.max(maxY, s.maxY());
        }
        float spanX = Math.max(1e-3f, maxX - minX);
        float spanY = Math.max(1e-3f, maxY - minY);
        float scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
        float dx = (width - spanX * scale) / 2 - minX * scale;
        float dy = (height - spanY * scale) / 2 - minY * scale;
        List<Stroke> out = new ArrayList<>(strokes.size());
        for (Stroke s : strokes) {
            out.add(s.transformed(scale, dx, dy));
        }
        return out;
    }
}
