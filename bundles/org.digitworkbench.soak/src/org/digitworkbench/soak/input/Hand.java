package org.digitworkbench.soak.input;

import java.util.function.BooleanSupplier;

import org.digitworkbench.api.ink.Stroke;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;

/**
 * Draws strokes on a control with the X server's mouse, as a hand with a mouse does: press, move through the
 * stroke, release. GTK delivers at most one motion event per frame, like a real mouse, so points closer than
 * {@value #STEP} pixels to the last one are skipped (the first and last are kept) and each move waits until the
 * control has seen it. The soak command and the UI tests draw with it.
 */
public final class Hand {

    /** Smallest distance between two replayed mouse positions, in pixels. */
    public static final int STEP = 4;
    private static final long EVENT_TIMEOUT_MS = 2_000;

    /** The UI loop: dispatches events until the condition holds or the time is up. */
    public interface Events {
        boolean waitUntil(BooleanSupplier condition, long timeoutMillis);
    }

    private final XInput input;
    private final Control control;
    private final Events events;
    private Point seen;
    private boolean pressed;
    private boolean released;

    public Hand(XInput input, Control control, Events events) {
        this.input = input;
        this.control = control;
        this.events = events;
        control.addListener(SWT.MouseDown, e -> pressed = true);
        // the first move into the control may come as an enter event only
        control.addListener(SWT.MouseEnter, e -> seen = new Point(e.x, e.y));
        control.addListener(SWT.MouseMove, e -> seen = new Point(e.x, e.y));
        control.addListener(SWT.MouseUp, e -> released = true);
    }

    /** Draws the stroke; false when the control did not see one of the events in time. */
    public boolean draw(Stroke stroke) {
        Point last = point(stroke, 0);
        boolean allSeen = last.equals(seen) || moveAndWait(last);
        pressed = false;
        input.button(1, true);
        allSeen &= events.waitUntil(() -> pressed, EVENT_TIMEOUT_MS);
        for (int i = 1; i < stroke.size(); i++) {
            Point target = point(stroke, i);
            boolean end = i == stroke.size() - 1;
            if (target.equals(last) || (!end && Math.hypot(target.x - last.x, target.y - last.y) < STEP)) {
                continue;
            }
            allSeen &= moveAndWait(target);
            last = target;
        }
        released = false;
        input.button(1, false);
        return events.waitUntil(() -> released, EVENT_TIMEOUT_MS) && allSeen;
    }

    private boolean moveAndWait(Point target) {
        Point p = control.toDisplay(target);
        input.move(p.x, p.y);
        return events.waitUntil(() -> target.equals(seen), EVENT_TIMEOUT_MS);
    }

    /** Presses and releases a key (the control has the keyboard focus once it was drawn on). */
    public void key(long keysym) {
        input.key(keysym, true);
        input.key(keysym, false);
    }

    private static Point point(Stroke s, int i) {
        return new Point(Math.round(s.x(i)), Math.round(s.y(i)));
    }
}
