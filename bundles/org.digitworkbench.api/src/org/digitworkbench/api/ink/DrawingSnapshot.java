package org.digitworkbench.api.ink;

import java.util.List;

import org.digitworkbench.api.image.InkImage;

/**
 * The drawing at one moment: its strokes (canvas coordinates), the canvas-sized grayscale rendering as the user
 * sees it (ink 1, paper 0), and the pen width used. Immutable; sent on the drawing topics.
 *
 * @param version increases with every change, so consumers can drop answers for older drawings
 */
public record DrawingSnapshot(long version, List<Stroke> strokes, InkImage image, float penWidth) {

    public DrawingSnapshot {
        strokes = List.copyOf(strokes);
    }

    public boolean isEmpty() {
        return strokes.isEmpty();
    }
}
