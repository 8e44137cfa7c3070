package org.digitworkbench.ui.draw;

import org.digitworkbench.api.reading.Box;
import org.digitworkbench.api.reading.DigitReading;
import org.digitworkbench.api.reading.Reading;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The white surface the user draws on with the left mouse button. Press-drag-release adds a stroke to the
 * {@link Drawing}; the canvas repaints from the drawing, so undo, clear and replay show at once.
 */
public final class DrawingCanvas extends Canvas {

    private final Drawing drawing;
    private final Runnable repaint = this::repaint;
    private float penWidth;
    private Reading reading;

    public DrawingCanvas(Composite parent, Drawing drawing, float penWidth) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.drawing = drawing;
        this.penWidth = penWidth;
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        setCursor(getDisplay().getSystemCursor(SWT.CURSOR_CROSS));
        addListener(SWT.Paint, this::paint);
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, this::mouseUp);
        drawing.addListener(repaint);
        addListener(SWT.Dispose, e -> drawing.removeListener(repaint));
    }

    public float penWidth() {
        return penWidth;
    }

    public void setPenWidth(float width) {
        penWidth = width;
        redraw();
    }

    /** Shows boxes and labels for a reading (the Prediction view's answer) over the strokes. */
    public void setReading(Reading reading) {
        this.reading = reading;
        redraw();
    }

    /** The reading shown over the strokes, or null. */
    public Reading reading() {
        return reading;
    }

    private void repaint() {
        if (!isDisposed()) {
            redraw();
        }
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Point size = getSize();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(0, 0, size.x, size.y);
        if (drawing.isEmpty()) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_GRAY));
            String hint = "Draw a digit or a number here with the mouse";
            Point extent = gc.textExtent(hint);
            gc.drawText(hint, (size.x - extent.x) / 2, (size.y - extent.y) / 2, true);
            return;
        }
        DrawingRenderer.paint(gc, drawing.backdrop());
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        DrawingRenderer.paint(gc, drawing.strokes(), penWidth);
        paintReading(gc);
    }

    /** A box around each digit read and its label above; older readings (while drawing) in a lighter colour. */
    private void paintReading(GC gc) {
        if (reading == null || reading.isEmpty()) {
            return;
        }
        boolean current = reading.version() == drawing.version();
        gc.setLineWidth(2);
        gc.setLineCap(SWT.CAP_FLAT);
        gc.setLineStyle(current ? SWT.LINE_SOLID : SWT.LINE_DOT);
        int colour = current ? SWT.COLOR_DARK_BLUE : SWT.COLOR_GRAY;
        gc.setForeground(getDisplay().getSystemColor(colour));
        for (DigitReading d : reading.digits()) {
            Box b = d.bounds();
            int x = Math.round(b.x0());
            int y = Math.round(b.y0());
            gc.drawRectangle(x, y, Math.round(b.width()), Math.round(b.height()));
            String label = d.prediction().digit() + " " + Math.round(d.prediction().confidence() * 100) + "%";
            Point extent = gc.textExtent(label);
            gc.drawText(label, x, Math.max(0, y - extent.y - 2), true);
        }
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private void mouseDown(Event e) {
        if (e.button != 1) {
            return;
        }
        setFocus();
        drawing.begin(e.x, e.y);
    }

    private void mouseMove(Event e) {
        if ((e.stateMask & SWT.BUTTON1) != 0 && drawing.isDrawing()) {
            drawing.extend(e.x, e.y);
        }
    }

    private void mouseUp(Event e) {
        if (e.button == 1 && drawing.isDrawing()) {
            drawing.extend(e.x, e.y);
            drawing.end();
        }
    }
}
