package org.digitworkbench.tests.support;

import org.digitworkbench.api.ink.Stroke;
import java.util.HashMap;
import java.util.Map;

import org.digitworkbench.soak.input.Hand;
import org.digitworkbench.soak.input.XInput;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Drives SWT like a user: mouse and keyboard events go to the X server through XTest and come back as real
 * events, so widgets see exactly what a person's input would produce.
 */
public final class SwtRobot {

    private final Display display;
    private final XInput input = new XInput();
    private final Map<Control, Hand> hands = new HashMap<>();

    public SwtRobot(Display display) {
        this.display = display;
    }

    /** Dispatches events until the queue stays empty for a short while. */
    public void settle() {
        long quietSince = System.currentTimeMillis();
        long deadline = quietSince + 5_000;
        while (System.currentTimeMillis() - quietSince < 30 && System.currentTimeMillis() < deadline) {
            if (display.readAndDispatch()) {
                quietSince = System.currentTimeMillis();
            } else {
                sleep(2);
            }
        }
    }

    /** Dispatches events until the condition holds or the timeout passes; returns whether it holds. */
    public boolean waitUntil(java.util.function.BooleanSupplier condition, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            if (!display.readAndDispatch()) {
                sleep(2);
            }
        }
        return true;
    }

    public void moveTo(Control control, float x, float y) {
        Point p = control.toDisplay(Math.round(x), Math.round(y));
        input.move(p.x, p.y);
        dispatch();
    }

    public void press(int button) {
        input.button(button, true);
        dispatch();
    }

    public void release(int button) {
        input.button(button, false);
        dispatch();
    }

    /** Press, move through the stroke, release, as a hand with a mouse would (see {@link Hand}). */
    public void draw(Control control, Stroke stroke) {
        hands.computeIfAbsent(control, c -> new Hand(input, c, this::waitUntil)).draw(stroke);
    }

    /** A left click in the middle of a rectangle given in the control's coordinates. */
    public void click(Control control, Rectangle bounds) {
        moveTo(control, bounds.x + bounds.width / 2f, bounds.y + bounds.height / 2f);
        press(1);
        release(1);
        settle();
    }

    /**
     * Picks an item of a read-only drop-down as the user's choice arrives: the item selected, then the Selection
     * event (GTK's pop-up list is left closed).
     */
    public void choose(Combo combo, String item) {
        int index = java.util.Arrays.asList(combo.getItems()).indexOf(item);
        if (index < 0) {
            throw new AssertionError("no item '" + item + "' in " + java.util.Arrays.toString(combo.getItems()));
        }
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        settle();
    }

    /** Presses and releases a key given as an X keysym (see {@link #ESCAPE} …), with modifier keysyms held. */
    public void key(long keysym, long... modifiers) {
        for (long m : modifiers) {
            input.key(m, true);
        }
        input.key(keysym, true);
        input.key(keysym, false);
        for (int i = modifiers.length - 1; i >= 0; i--) {
            input.key(modifiers[i], false);
        }
        settle();
    }

    public static final long ESCAPE = XInput.KEY_ESCAPE;
    public static final long DELETE = XInput.KEY_DELETE;
    public static final long RETURN = XInput.KEY_RETURN;
    public static final long CONTROL = XInput.KEY_CONTROL;

    /** Lets each event arrive before the next, as with a real device. */
    private void dispatch() {
        while (display.readAndDispatch()) {
            // dispatch
        }
    }

    /** What the control shows on screen now. */
    public ImageData capture(Control control) {
        settle();
        Point size = control.getSize();
        Image image = new Image(display, size.x, size.y);
        GC gc = new GC(control);
        try {
            gc.copyArea(image, 0, 0);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Luminance 0–255 of a pixel of captured image data. */
    public static int luminance(ImageData data, int x, int y) {
        var rgb = data.palette.getRGB(data.getPixel(x, y));
        return (rgb.red * 299 + rgb.green * 587 + rgb.blue * 114) / 1000;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
