package org.digitworkbench.browser.widgets;

import java.util.LinkedHashMap;
import java.util.Map;

import org.digitworkbench.api.DigitImage;
import org.digitworkbench.browser.model.Samples;
import org.digitworkbench.browser.model.Split;
import org.digitworkbench.browser.model.SplitSamples;
import org.digitworkbench.ui.widgets.Palettes;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Display;

/**
 * Crisp enlarged thumbnails (nearest neighbour: every MNIST pixel a clean square), dark ink on white paper, made
 * when first shown and kept for the most recently shown samples only. Kept per split's samples and index, so a
 * re-read "Yours" never shows an old thumbnail.
 */
final class Thumbnails {

    private record Key(SplitSamples samples, int index) {
    }

    private static final PaletteData GRAYS = Palettes.gray();
    private final Display display;
    private final int size;
    private final int capacity;
    private final Map<Key, Image> cache;

    Thumbnails(Display display, int size, int capacity) {
        this.display = display;
        this.size = size;
        this.capacity = capacity;
        this.cache = new LinkedHashMap<>(capacity, 0.75f, true);
    }

    Image get(Samples samples, int id) {
        Key key = new Key(samples.set(Split.of(id)), Split.index(id));
        Image image = cache.get(key);
        if (image == null) {
            image = new Image(display, data(samples, id).scaledTo(size, size));
            cache.put(key, image);
            if (cache.size() > capacity) {
                var eldest = cache.entrySet().iterator().next();
                eldest.getValue().dispose();
                cache.remove(eldest.getKey());
            }
        }
        return image;
    }

    static ImageData data(Samples samples, int id) {
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
