package org.digitworkbench.api.ink;

import org.digitworkbench.api.image.InkImage;

/**
 * A picture placed on the canvas under the strokes (a MNIST sample sent to the Draw view): its ink and the square
 * it fills, in canvas coordinates.
 */
public record Backdrop(InkImage image, float x, float y, float size) {

    /**
     * The picture centred on a canvas, filling about 80% of its shorter side, enlarged by a whole factor so that
     * every picture pixel becomes an equal square.
     */
    public static Backdrop centred(InkImage image, int canvasWidth, int canvasHeight) {
        int side = Math.max(image.width(), image.height());
        float size = side * Math.max(1, (int) (0.8f * Math.min(canvasWidth, canvasHeight) / side));
        return new Backdrop(image, (canvasWidth - size) / 2, (canvasHeight - size) / 2, size);
    }

    /** Ink of the picture at a canvas point (nearest pixel), 0 outside it. */
    public float inkAt(float cx, float cy) {
        float u = (cx - x) / size * image.width();
        float v = (cy - y) / size * image.height();
        if (u < 0 || v < 0 || u >= image.width() || v >= image.height()) {
            return 0f;
        }
        return image.get((int) u, (int) v);
    }
}
