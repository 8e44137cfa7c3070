package org.digitworkbench.api.ink;

import java.util.Arrays;

/**
 * One pen-down to pen-up trace: points in drawing coordinates (x right, y down), stored as x0,y0,x1,y1,…
 * Immutable; the model for rendering, undo, export and replay.
 */
public final class Stroke {

    private final float[] xy;

    public Stroke(float[] xy) {
        if (xy.length < 2 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("a stroke needs at least one x,y pair, got " + xy.length + " values");
        }
        this.xy = xy.clone();
    }

    public int size() {
        return xy.length / 2;
    }

    public float x(int i) {
        return xy[2 * i];
    }

    public float y(int i) {
        return xy[2 * i + 1];
    }

    /** This stroke with one more point. */
    public Stroke with(float x, float y) {
        float[] more = Arrays.copyOf(xy, xy.length + 2);
        more[xy.length] = x;
        more[xy.length + 1] = y;
        return new Stroke(more);
    }

    /** This stroke scaled by {@code s} and then moved by (dx, dy). */
    public Stroke transformed(float s, float dx, float dy) {
        float[] out = new float[xy.length];
        for (int i = 0; i < xy.length; i += 2) {
            out[i] = xy[i] * s + dx;
            out[i + 1] = xy[i + 1] * s + dy;
        }
        return new Stroke(out);
    }

    public float minX() {
        return extreme(0, true);
    }

    public float maxX() {
        return extreme(0, false);
    }

    public float minY() {
        return extreme(1, true);
    }

    public float maxY() {
        return extreme(1, false);
    }

    private float extreme(int axis, boolean min) {
        float best = xy[axis];
        for (int i = axis; i < xy.length; i += 2) {
            best = min ? Math.min(best, xy[i]) : Math.max(best, xy[i]);
        }
        return best;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stroke s && Arrays.equals(xy, s.xy);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(xy);
    }
}
