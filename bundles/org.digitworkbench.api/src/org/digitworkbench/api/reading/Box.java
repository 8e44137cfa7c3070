package org.digitworkbench.api.reading;

/** An axis-aligned rectangle in drawing or image coordinates (x0,y0 inclusive, x1,y1 exclusive). */
public record Box(float x0, float y0, float x1, float y1) {

    public float width() {
        return x1 - x0;
    }

    public float height() {
        return y1 - y0;
    }

    public Box union(Box o) {
        return new Box(Math.min(x0, o.x0), Math.min(y0, o.y0), Math.max(x1, o.x1), Math.max(y1, o.y1));
    }

    /** Length of the overlap of the two boxes' horizontal extents (0 when they are apart). */
    public float horizontalOverlap(Box o) {
        return Math.max(0, Math.min(x1, o.x1) - Math.max(x0, o.x0));
    }

    public float centreX() {
        return (x0 + x1) / 2;
    }
}
