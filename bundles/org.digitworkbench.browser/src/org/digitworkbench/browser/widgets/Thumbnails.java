package org.digitworkbench.browser.widgets;

import java.util.LinkedHashMap;
import java.util.Map;

import org.digitworkbench.api.DigitImage;
import org.digitworkbench.browser.model.MnistSamples;
import org.digitworkbench.ui.draw.DrawingRenderer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Display;

/**
 * Crisp enlarged thumbnails (nearest neighbour: every MNIST pixel a clean square), dark ink on white paper, made
 * when first shown and kept for the most recently shown samples only.
 */
final class Thumbnails {

    private static final PaletteData GRAYS = DrawingRenderer.grayPalette();
    private final Display display;
    private final int size;
    private final int capacity;
    private final Map<Integer, Image> cache;

    Thumbnails(Display display, int size, int capacity) {
        this.display = display;
        this.size = size;
        this.capacity = capacity;
        this.cache = new LinkedHashMap<>(capacity, 0.75f, true);
    }

    Image get(MnistSamples samples, int id) {
        Image image = cache.get(id);
        if (image == null) {
            image = new Image(display, data(samples, id).scaledTo(size, size));
            cache.put(id, image);
            if (cache.size() > capacity) {
                var eldest = cache.entrySet().iterator().next();
                eldest.getValue().dispose();
                cache.remove(eldest.getKey());
            }
        }
        return image;
    }

    static ImageData data(MnistSamples samples, int id) {
        ImageData data = new ImageData(DigitImage.SIZE, DigitImage.SIZE, 8, GRAYS);
        for (int p = 0; p < DigitImage.PIXELS; p++) {
            data.setPixel(p % DigitImage.SIZE, p / DigitImage.SIZE, 255 - samples.pixel(id, p));
        }
        return data;
    }

    void clear() {
        cache.values().forEach(Image::dispose);
        cache.clear();
    }
}
