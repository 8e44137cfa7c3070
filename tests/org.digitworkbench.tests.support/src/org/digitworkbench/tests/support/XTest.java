package org.digitworkbench.tests.support;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/**
 * Real input through the X server's XTest extension (as xdotool does), on a connection of its own. SWT's
 * Display.post on GTK 3 loses the pointer position for button events, so the robot uses this instead.
 */
final class XTest implements AutoCloseable {

    static final long KEY_ESCAPE = 0xff1b;
    static final long KEY_DELETE = 0xffff;
    static final long KEY_RETURN = 0xff0d;
    static final long KEY_CONTROL = 0xffe3;
    static final long KEY_SHIFT = 0xffe1;

    interface X11 extends Library {
        Pointer XOpenDisplay(String name);

        int XCloseDisplay(Pointer display);

        int XFlush(Pointer display);

        int XSync(Pointer display, boolean discard);

        byte XKeysymToKeycode(Pointer display, NativeLong keysym);
    }

    interface Xtst extends Library {
        int XTestFakeMotionEvent(Pointer display, int screen, int x, int y, NativeLong delay);

        int XTestFakeButtonEvent(Pointer display, int button, boolean press, NativeLong delay);

        int XTestFakeKeyEvent(Pointer display, int keycode, boolean press, NativeLong delay);
    }

    private static final X11 X = Native.load("X11", X11.class);
    private static final Xtst TST = Native.load("Xtst", Xtst.class);
    private static final NativeLong NOW = new NativeLong(0);

    private final Pointer display;

    XTest() {
        display = X.XOpenDisplay(null);
        if (display == null) {
            throw new IllegalStateException("cannot open X display " + System.getenv("DISPLAY"));
        }
    }

    void move(int x, int y) {
        TST.XTestFakeMotionEvent(display, -1, x, y, NOW);
        X.XSync(display, false);
    }

    void button(int button, boolean press) {
        TST.XTestFakeButtonEvent(display, button, press, NOW);
        X.XSync(display, false);
    }

    void key(long keysym, boolean press) {
        int keycode = X.XKeysymToKeycode(display, new NativeLong(keysym)) & 0xff;
        if (keycode == 0) {
            throw new IllegalArgumentException("no key for keysym 0x" + Long.toHexString(keysym));
        }
        TST.XTestFakeKeyEvent(display, keycode, press, NOW);
        X.XSync(display, false);
    }

    @Override
    public void close() {
        X.XCloseDisplay(display);
    }
}
