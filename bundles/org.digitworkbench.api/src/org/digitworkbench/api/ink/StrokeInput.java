package org.digitworkbench.api.ink;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.image.MnistPreprocessor;

/**
 * The network's input for one drawn digit, made from its strokes rather than from the pixels on screen: the
 * strokes are drawn afresh with a pen whose width is fixed relative to the digit's size, the median of MNIST, and
 * then prepared as MNIST was made. So the 28×28 image is the same whether the digit was written 40 or 400 pixels
 * tall, with an 8 or a 40 pixel pen — the on-screen pen is only for the eye.
 */
public final class StrokeInput {

    /**
     * The digit is drawn with its ink's longer side this many pixels (4× the 20 pixels of the 28×28 field), then
     * reduced with exact area averaging, so that edges come out anti-aliased as in MNIST.
     */
    static final float DRAWN_SIZE = 80f;

    private StrokeInput() {
    }

    /** The 28×28 image of these strokes with MNIST's pen, or empty when they have no extent (a click). */
    public static Optional<DigitImage> of(List<Stroke> strokes) {
        return of(strokes, MnistPreprocessor.MNIST_RELATIVE_WIDTH);
    }

    /** As {@link #of(List)} with another relative pen width (training varies it a little). */
    public static Optional<DigitImage> of(List<Stroke> strokes, float relativeWidth) {
        if (strokes.isEmpty()) {
            return Optional.empty();
        }
        Strokes.Extent e = Strokes.extent(strokes);
        float extent = Math.max(e.width(), e.height());
        if (extent < 1e-3f) {
            return Optional.empty();
        }
        float pen = relativeWidth * DRAWN_SIZE;
        float scale = (DRAWN_SIZE - pen) / extent;
        float margin = pen / 2 + 2;
        int width = (int) Math.ceil(e.width() * scale + 2 * margin);
        int height = (int) Math.ceil(e.height() * scale + 2 * margin);
        List<Stroke> placed = new ArrayList<>(strokes.size());
        for (Stroke s : strokes) {
            placed.add(s.transformed(scale, margin - e.minX() * scale, margin - e.minY() * scale));
        }
        return MnistPreprocessor.preprocess(StrokeRasterizer.renderInk(placed, width, height, pen));
    }
}
