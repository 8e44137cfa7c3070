package org.digitworkbench.ui.draw;

import java.util.List;

import org.digitworkbench.api.image.InkImage;
import org.digitworkbench.api.ink.Backdrop;
import org.digitworkbench.api.ink.Stroke;
import org.digitworkbench.ui.widgets.Palettes;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.widgets.Display;

/**
 * Draws strokes the way the canvas shows them — black, anti-aliased, round caps and joins — on screen or off
 * screen (for Export PNG), over the picture sent to the canvas if there is one.
 */
public final class DrawingRenderer {

    private DrawingRenderer() {
    }

    /** Paints strokes with the GC's current colours. */
    public static void paint(GC gc, List<Stroke> strokes, float penWidth) {
        gc.setAntialias(SWT.ON);
        gc.setLineCap(SWT.CAP_ROUND);
        gc.setLineJoin(SWT.JOIN_ROUND);
        gc.setLineWidth(Math.round(penWidth));
        for (Stroke s : strokes) {
            if (s.size() == 1) {
                int d = Math.round(penWidth);
                gc.setBackground(gc.getForeground());
                gc.fillOval(Math.round(s.x(0) - penWidth / 2), Math.round(s.y(0) - penWidth / 2), d, d);
                continue;
            }
            Path path = new Path(gc.getDevice());
            try {
                path.moveTo(s.x(0), s.y(0));
                for (int i = 1; i < s.size(); i++) {
                    path.lineTo(s.x(i), s.y(i));
                }
                gc.drawPath(path);
            } finally {
                path.dispose();
            }
        }
    }

    /** Paints a picture under the strokes, enlarged with crisp square pixels, dark ink on white. */
    public static void paint(GC gc, Backdrop backdrop) {
        if (backdrop == null) {
            return;
        }
        InkImage ink = backdrop.image();
        ImageData data = new ImageData(ink.width(), ink.height(), 8, GRAYS);
        for (int y = 0; y < ink.height(); y++) {
            for (int x = 0; x < ink.width(); x++) {
                data.setPixel(x, y, 255 - Math.round(ink.get(x, y) * 255));
            }
        }
        int size = Math.max(1, Math.round(backdrop.size()));
        Image image = new Image(gc.getDevice(), data.scaledTo(size, size));
        try {
            gc.drawImage(image, Math.round(backdrop.x()), Math.round(backdrop.y()));
        } finally {
            image.dispose();
        }
    }

    private static final PaletteData GRAYS = Palettes.gray();

    /** Renders the drawing black on white off screen; the caller owns nothing afterwards. */
    public static ImageData render(Display display, Backdrop backdrop, List<Stroke> strokes, int width, int height,
            float penWidth) {
        Image image = new Image(display, Math.max(1, width), Math.max(1, height));
        GC gc = new GC(image);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, width, height);
            paint(gc, backdrop);
            gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
            paint(gc, strokes, penWidth);
        } finally {
            gc.dispose();
        }
        try {
            return image.getImageData();
        } finally {
            image.dispose();
        }
    }

}
