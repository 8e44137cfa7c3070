package org.digitworkbench.ui.draw;

import java.util.List;

import org.digitworkbench.api.image.InkImage;
import org.digitworkbench.api.ink.Stroke;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * Draws strokes the way the canvas shows them — black, anti-aliased, round caps and joins — on screen or off
 * screen, and turns an off-screen rendering into the grayscale {@link InkImage} other views consume.
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

    /** Renders strokes black on white off screen; the caller owns nothing afterwards. */
    public static ImageData render(Display display, List<Stroke> strokes, int width, int height, float penWidth) {
        Image image = new Image(display, Math.max(1, width), Math.max(1, height));
        GC gc = new GC(image);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, width, height);
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

    /** Ink values of a black-on-white rendering: 1 where fully black, 0 on white paper. */
    public static InkImage toInk(ImageData data) {
        int w = data.width;
        int h = data.height;
        float[] ink = new float[w * h];
        PaletteData palette = data.palette;
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            data.getPixels(0, y, w, row, 0);
            for (int x = 0; x < w; x++) {
                int r;
                int g;
                int b;
                if (palette.isDirect) {
                    r = channel(row[x], palette.redMask, palette.redShift);
                    g = channel(row[x], palette.greenMask, palette.greenShift);
                    b = channel(row[x], palette.blueMask, palette.blueShift);
                } else {
                    RGB rgb = palette.getRGB(row[x]);
                    r = rgb.red;
                    g = rgb.green;
                    b = rgb.blue;
                }
                ink[y * w + x] = 1f - (0.299f * r + 0.587f * g + 0.114f * b) / 255f;
            }
        }
        return new InkImage(w, h, ink);
    }

    private static int channel(int pixel, int mask, int shift) {
        int v = pixel & mask;
        return shift < 0 ? v >>> -shift : v << shift;
    }
}
