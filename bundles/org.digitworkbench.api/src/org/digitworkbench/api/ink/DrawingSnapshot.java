package org.digitworkbench.api.ink;

import java.util.List;

import org.digitworkbench.api.image.InkImage;

/**
 * The drawing at one moment: its strokes in canvas coordinates, a picture under them if one was sent to the
 * canvas, the canvas size and the pen width. Immutable and
 * cheap to make, so the Draw view can send one on every mouse move; the grayscale rendering (ink 1, paper 0,
 * drawn like the canvas draws: anti-aliased, round caps and joins) is made on first request, on the consumer's
 * thread.
 *
 * @param version increases with every change, so consumers can drop answers for older drawings
 */
public record DrawingSnapshot(long version, List<Stroke> strokes, Backdrop backdrop, int width, int height,
        float penWidth, long createdNanos, Rendering rendering) {

    /** Holds the lazily made rendering; shared by copies of a snapshot. */
    public static final class Rendering {
        private InkImage image;

        synchronized InkImage get(DrawingSnapshot s) {
            if (image == null) {
                image = StrokeRasterizer.renderInk(s.strokes, s.width, s.height, s.penWidth);
                if (s.backdrop != null) {
                    image = withBackdrop(image, s.backdrop);
                }
            }
            return image;
        }

        private static InkImage withBackdrop(InkImage strokes, Backdrop backdrop) {
            int w = strokes.width();
            float[] ink = strokes.toArray();
            for (int i = 0; i < ink.length; i++) {
                ink[i] = Math.max(ink[i], backdrop.inkAt(i % w + 0.5f, i / w + 0.5f));
            }
            return new InkImage(w, strokes.height(), ink);
        }
    }

    public DrawingSnapshot {
        strokes = List.copyOf(strokes);
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("canvas size must be positive: " + width + "×" + height);
        }
    }

    /** A snapshot made now ({@link System#nanoTime()}), from which prediction latency is measured. */
    public DrawingSnapshot(long version, List<Stroke> strokes, Backdrop backdrop, int width, int height,
            float penWidth) {
        this(version, strokes, backdrop, width, height, penWidth, System.nanoTime(), new Rendering());
    }

    /** A snapshot of strokes alone, made now. */
    public DrawingSnapshot(long version, List<Stroke> strokes, int width, int height, float penWidth) {
        this(version, strokes, null, width, height, penWidth);
    }

    /** The canvas-sized grayscale picture of the strokes. */
    public InkImage image() {
        return rendering.get(this);
    }

    public boolean isEmpty() {
        return strokes.isEmpty() && backdrop == null;
    }
}
