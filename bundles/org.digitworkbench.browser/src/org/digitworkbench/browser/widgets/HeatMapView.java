package org.digitworkbench.browser.widgets;

import org.digitworkbench.api.DigitImage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/** The sample enlarged (dark ink on white) with, after "Why?", the occlusion heat map over it in red. */
public final class HeatMapView extends Canvas {

    static final int SCALE = 6;
    private DigitImage image;
    private float[] heat;

    public HeatMapView(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        addListener(SWT.Paint, this::paint);
    }

    public void setImage(DigitImage image) {
        this.image = image;
        this.heat = null;
        redraw();
    }

    public void setHeat(float[] heat) {
        this.heat = heat;
        redraw();
    }

    public float[] heat() {
        return heat;
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        return new Point(DigitImage.SIZE * SCALE, DigitImage.SIZE * SCALE);
    }

    private void paint(Event e) {
        if (image == null) {
            return;
        }
        GC gc = e.gc;
        for (int y = 0; y < DigitImage.SIZE; y++) {
            for (int x = 0; x < DigitImage.SIZE; x++) {
                int ink = Math.round((1 - image.get(x, y)) * 255);
                int r = ink;
                int g = ink;
                int b = ink;
                if (heat != null) {
                    float h = heat[y * DigitImage.SIZE + x];
                    r = Math.round(r + (255 - r) * h);
                    g = Math.round(g * (1 - h));
                    b = Math.round(b * (1 - h));
                }
                gc.setBackground(new Color(r, g, b));
                gc.fillRectangle(x * SCALE, y * SCALE, SCALE, SCALE);
            }
        }
    }
}
