package org.digitworkbench.browser.widgets;

import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The 10×10 confusion matrix (rows: true digit, columns: predicted) with counts and heat colours: the diagonal
 * in green, mistakes in red as strong as they are frequent. A click on a cell hears (true, predicted).
 */
public final class ConfusionMatrixView extends Canvas {

    public static final int CELL = 30;
    private int[][] counts;
    private BiConsumer<Integer, Integer> cellListener = (t, p) -> { };

    public ConfusionMatrixView(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        addListener(SWT.Paint, this::paint);
        addListener(SWT.MouseDown, this::mouseDown);
        setToolTipText("Rows: true digit, columns: predicted. Click a cell to show those samples.");
    }

    public void setCounts(int[][] counts) {
        this.counts = counts;
        redraw();
    }

    public int[][] counts() {
        return counts;
    }

    public void onCell(BiConsumer<Integer, Integer> listener) {
        this.cellListener = listener;
    }

    /** Bounds of the cell for (true, predicted), in this control's coordinates. */
    public Rectangle cellBounds(int truth, int predicted) {
        return new Rectangle((predicted + 1) * CELL, (truth + 1) * CELL, CELL, CELL);
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        return new Point(11 * CELL + 1, 11 * CELL + 1);
    }

    private void paint(Event e) {
        GC gc = e.gc;
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(getClientArea());
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawText("t\\p", 3, 6, true);
        for (int d = 0; d < 10; d++) {
            centre(gc, Integer.toString(d), cellBounds(-1, d));
            centre(gc, Integer.toString(d), cellBounds(d, -1));
        }
        if (counts == null) {
            return;
        }
        int maxOff = 1;
        int maxDiagonal = 1;
        for (int t = 0; t < 10; t++) {
            for (int p = 0; p < 10; p++) {
                if (t == p) {
                    maxDiagonal = Math.max(maxDiagonal, counts[t][p]);
                } else {
                    maxOff = Math.max(maxOff, counts[t][p]);
                }
            }
        }
        for (int t = 0; t < 10; t++) {
            for (int p = 0; p < 10; p++) {
                Rectangle r = cellBounds(t, p);
                int c = counts[t][p];
                double strength = t == p ? 0.25 + 0.5 * c / maxDiagonal : c == 0 ? 0 : 0.15 + 0.85 * c / maxOff;
                Color colour = t == p ? mix(255, 255, 255, 60, 160, 80, strength)
                        : mix(255, 255, 255, 210, 40, 40, strength);
                gc.setBackground(colour);
                gc.fillRectangle(r);
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
                gc.drawRectangle(r);
                gc.setForeground(getDisplay().getSystemColor(strength > 0.6 ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
                if (c > 0) {
                    centre(gc, Integer.toString(c), r);
                }
            }
        }
    }

    private static Color mix(int r0, int g0, int b0, int r1, int g1, int b1, double t) {
        return new Color((int) (r0 + (r1 - r0) * t), (int) (g0 + (g1 - g0) * t), (int) (b0 + (b1 - b0) * t));
    }

    private static void centre(GC gc, String text, Rectangle r) {
        Point e = gc.textExtent(text);
        gc.drawText(text, r.x + (r.width - e.x) / 2, r.y + (r.height - e.y) / 2, true);
    }

    private void mouseDown(Event e) {
        int predicted = e.x / CELL - 1;
        int truth = e.y / CELL - 1;
        if (counts != null && truth >= 0 && truth < 10 && predicted >= 0 && predicted < 10) {
            cellListener.accept(truth, predicted);
        }
    }
}
