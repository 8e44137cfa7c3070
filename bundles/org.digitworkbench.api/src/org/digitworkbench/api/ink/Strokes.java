package org.digitworkbench.api.ink;

import java.util.ArrayList;
import java.util.List;

/** Operations on whole drawings (lists of strokes). */
public final class Strokes {

    private Strokes() {
    }

    /** The rectangle the points of some strokes span (the pen's width not included). */
    public record Extent(float minX, float minY, float maxX, float maxY) {

        public float width() {
            return maxX - minX;
        }

        public float height() {
            return maxY - minY;
        }
    }

    /** The extent of the points of {@code strokes}, which must not be empty. */
    public static Extent extent(List<Stroke> strokes) {
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
        return new Extent(minX, minY, maxX, maxY);
    }

    /**
     * Scales and moves the strokes, keeping their aspect ratio, so that their bounding box fills a width×height area
     * less a margin on every side, centred. Used to replay recorded handwriting onto a canvas of any size.
     */
    public static List<Stroke> fit(List<Stroke> strokes, float width, float height, float margin) {
        Extent e = extent(strokes);
        float spanX = Math.max(1e-3f, e.width());
        float spanY = Math.max(1e-3f, e.height());
        float scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
        float dx = (width - spanX * scale) / 2 - e.minX() * scale;
        float dy = (height - spanY * scale) / 2 - e.minY() * scale;
        List<Stroke> out = new ArrayList<>(strokes.size());
        for (Stroke s : strokes) {
            out.add(s.transformed(scale, dx, dy));
        }
        return out;
    }

    /** The shortest distance between the two strokes' paths (0 when they cross). */
    public static float distance(Stroke a, Stroke b) {
        float best = Float.MAX_VALUE;
        for (int i = 0; i < Math.max(1, a.size() - 1); i++) {
            int i2 = Math.min(i + 1, a.size() - 1);
            for (int j = 0; j < Math.max(1, b.size() - 1); j++) {
                int j2 = Math.min(j + 1, b.size() - 1);
                best = Math.min(best, segmentDistance(a.x(i), a.y(i), a.x(i2), a.y(i2), b.x(j), b.y(j), b.x(j2),
                        b.y(j2)));
                if (best == 0f) {
                    return 0f;
                }
            }
        }
        return best;
    }

    private static float segmentDistance(float ax, float ay, float bx, float by, float cx, float cy, float dx,
            float dy) {
        if (crosses(ax, ay, bx, by, cx, cy, dx, dy)) {
            return 0f;
        }
        return Math.min(Math.min(pointToSegment(ax, ay, cx, cy, dx, dy), pointToSegment(bx, by, cx, cy, dx, dy)),
                Math.min(pointToSegment(cx, cy, ax, ay, bx, by), pointToSegment(dx, dy, ax, ay, bx, by)));
    }

    private static boolean crosses(float ax, float ay, float bx, float by, float cx, float cy, float dx, float dy) {
        float d1 = cross(cx, cy, dx, dy, ax, ay);
        float d2 = cross(cx, cy, dx, dy, bx, by);
        float d3 = cross(ax, ay, bx, by, cx, cy);
        float d4 = cross(ax, ay, bx, by, dx, dy);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static float cross(float ox, float oy, float ax, float ay, float bx, float by) {
        return (ax - ox) * (by - oy) - (ay - oy) * (bx - ox);
    }

    private static float pointToSegment(float px, float py, float ax, float ay, float bx, float by) {
        float vx = bx - ax;
        float vy = by - ay;
        float length2 = vx * vx + vy * vy;
        float t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / length2));
        float qx = ax + t * vx - px;
        float qy = ay + t * vy - py;
        return (float) Math.sqrt(qx * qx + qy * qy);
    }
}
