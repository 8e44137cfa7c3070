package org.digitworkbench.ui.widgets;

import java.util.Locale;

import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.Prediction;
import org.digitworkbench.api.reading.DigitReading;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * One digit of a reading: the 28×28 image the network saw (light ink on dark, as it sees it, enlarged) and a bar
 * for each of the ten classes, the predicted one highlighted.
 */
public final class DigitCard extends Canvas {

    /** Screen pixels per pixel of the 28×28 image. */
    public static final int SCALE = 4;
    private static final int IMAGE = DigitImage.SIZE * SCALE;
    private static final int BAR_AREA = 150;
    private static final int ROW = IMAGE / 10;

    private DigitReading digit;

    public DigitCard(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        addListener(SWT.Paint, this::paint);
    }

    public void setDigit(DigitReading digit) {
        this.digit = digit;
        redraw();
    }

    public DigitReading digit() {
        return digit;
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        return new Point(IMAGE + 12 + BAR_AREA, IMAGE + 8);
    }

    private void paint(Event e) {
        if (digit == null) {
            return;
        }
        GC gc = e.gc;
        DigitImage image = digit.image();
        for (int y = 0; y < DigitImage.SIZE; y++) {
            for (int x = 0; x < DigitImage.SIZE; x++) {
                int v = Math.round(image.get(x, y) * 255);
                Color c = new Color(v, v, v);
                gc.setBackground(c);
                gc.fillRectangle(x * SCALE, y * SCALE, SCALE, SCALE);
            }
        }
        Prediction p = digit.prediction();
        int x0 = IMAGE + 8;
        int width = BAR_AREA - 50;
        for (int k = 0; k < 10; k++) {
            int y = k * ROW + 1;
            boolean top = k == p.digit();
            gc.setForeground(getDisplay().getSystemColor(top ? SWT.COLOR_BLACK : SWT.COLOR_DARK_GRAY));
            gc.drawText(Integer.toString(k), x0, y - 2, true);
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
            gc.fillRectangle(x0 + 12, y + 2, width, ROW - 4);
            gc.setBackground(getDisplay().getSystemColor(top ? SWT.COLOR_DARK_BLUE : SWT.COLOR_GRAY));
            gc.fillRectangle(x0 + 12, y + 2, Math.round(width * p.probability(k)), ROW - 4);
            if (top || p.probability(k) >= 0.05f) {
                gc.drawText(String.format(Locale.ROOT, "%.0f%%", p.probability(k) * 100), x0 + 16 + width, y - 2,
                        true);
            }
        }
    }
}
