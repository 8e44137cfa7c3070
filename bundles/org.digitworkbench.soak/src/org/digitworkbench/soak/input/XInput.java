package org.digitworkbench.soak.input;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/**
 * Mouse and keyboard input through the X server's XTest extension (as xdotool does), on a connection of its own:
 * the events come back to SWT exactly as a person's would. SWT's own Display.post cannot draw on GTK 3: its button
 * events lose the pointer position and the X server never learns that the button is down, so moves carry no
 * button state. Used by {@code digits soak} and by the tests' robot.
 */
public final class XInput implements AutoCloseable {

    public static final long KEY_ESCAPE = 0xff1b;
    public static final long KEY_DELETE = 0xffff;
    public static final long KEY_RETURN = 0xff0d;
    public static final long KEY_CONTROL = 0xffe3;

    interface X11 extends Library {
        Pointer XOpenDisplay(String name);

        int XCloseDisplay(Pointer display);

        int XSync(Pointer display, boolean discard);

        byte XKeysymToKeycode(Pointer display, NativeLong keysym);
    }

    interface Xtst extends Library {
        int XTestFakeMotionEvent(Pointer display, int screen, int x, int y, NativeLong delay);

        int XTestFakeButtonEvent(Pointer display, int button, boolean press, NativeLong delay);

        int XTestFakeKeyEvent(Pointer display, int keycode, boolean press, NativeLong delay);
    }

    private static final NativeLong NOW = new NativeLong(0);

    private final X11 x11;
    private final Xtst xtst;
    private final Pointer display;

    /** @throws IllegalStateException when libX11/libXtst are missing or the display cannot be opened */
    public XInput() {
        try {
            x11 = Native.load("X11", X11.class);
            xtst = Native.load("Xtst", Xtst.class);
        } catch (UnsatisfiedLinkError e) {
            throw new IllegalStateException("the X libraries libX11 and libXtst are needed to move the mouse ("
                    + e.getMessage() + ")", e);
        }
        display = x11.XOpenDisplay(null);
        if (display == null) {
            throw new IllegalStateException("cannot open the X display " + System.getenv("DISPLAY"));
        }
    }

    /** Moves the pointer to a point of the screen. */
    public void move(int x, int y) {
        xtst.XTestFakeMotionEvent(display, -1, x, y, NOW);
        x11.XSync(display, false);
    }

    public void button(int button, boolean press) {
        xtst.XTestFakeButtonEvent(display, button, press, NOW);
        x11.XSync(display, false);
    }

    /** Presses or releases the key of an X keysym (see {@link #KEY_ESCAPE} …; a digit's keysym is its character). */
    public void key(long keysym, boolean press) {
        int keycode = x11.XKeysymToKeycode(display, new NativeLong(keysym)) & 0xff;
        if (keycode == 0) {
            throw new IllegalArgumentException("the X keyboard has no key for keysym 0x" + Long.toHexString(keysym));
        }
        xtst.XTestFakeKeyEvent(display, keycode, press, NOW);
        x11.XSync(display, false);
    }

    @Override
    public void close() {
        x11.XCloseDisplay(display);
    }
}
