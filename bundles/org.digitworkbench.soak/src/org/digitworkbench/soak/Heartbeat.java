package org.digitworkbench.soak;

import org.eclipse.swt.widgets.Display;

/**
 * A timer on the UI thread that asks to run every {@value #PERIOD_MS} ms: a long gap between two runs is a time
 * the UI thread was busy and a user's input would have waited. Measured in windows (the start and the end of a
 * session); used on the UI thread only.
 */
final class Heartbeat {

    static final int PERIOD_MS = 2;

    private final Display display;
    private final Runnable tick = this::tick;
    private boolean running;
    private long last;
    private long longestInWindow;
    private long ticksInWindow;

    Heartbeat(Display display) {
        this.display = display;
    }

    void start() {
        running = true;
        last = System.nanoTime();
        display.timerExec(PERIOD_MS, tick);
    }

    private void tick() {
        long now = System.nanoTime();
        longestInWindow = Math.max(longestInWindow, now - last);
        ticksInWindow++;
        last = now;
        if (running) {
            display.timerExec(PERIOD_MS, tick);
        }
    }

    /** The window that ends now; the next one starts. */
    Window mark() {
        Window ended = new Window(longestInWindow / 1e6, ticksInWindow);
        longestInWindow = 0;
        ticksInWindow = 0;
        last = System.nanoTime();
        return ended;
    }

    void stop() {
        running = false;
        display.timerExec(-1, tick);
    }

    /** The longest gap between two ticks of a window, and how many ticks it had. */
    record Window(double longestGapMillis, long ticks) {
    }
}
