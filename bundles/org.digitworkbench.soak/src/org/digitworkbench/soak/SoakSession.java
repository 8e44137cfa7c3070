package org.digitworkbench.soak;

import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.digitworkbench.api.ink.Stroke;
import org.digitworkbench.api.reading.Reading;
import org.digitworkbench.soak.input.Hand;
import org.digitworkbench.soak.input.XInput;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.graphics.DeviceData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;

/**
 * A long session of the real Draw and Prediction views: numbers in held-out writers' handwriting drawn with the X
 * mouse, each read live while it is drawn, the canvas cleared before the next. The footprint is taken
 * after a warm-up and again at the end, both times on a cleared canvas; the UI thread's longest stall in the first
 * and in the last tenth of the predictions. Runs on the calling thread, which becomes the UI thread.
 */
final class SoakSession implements Hand.Events {

    private static final int WARM_UP_DRAWINGS = 10;
    private static final long READING_TIMEOUT_MS = 10_000;
    /** Drawings in a row without a prediction after which predictions are taken to have stopped. */
    private static final int MISSES_TO_GIVE_UP = 3;

    private final Display display;
    private final ViewsInShell views;
    private final LogWatch log;
    private final Hand hand;
    private final HeldOutHandwriting writing;
    private final Heartbeat heartbeat;
    private Reading lastShown;
    private int readingsShown;
    private int drawings;
    private int misses;

    private SoakSession(Display display, ViewsInShell views, XInput input, LogWatch log) throws IOException {
        this.display = display;
        this.views = views;
        this.log = log;
        this.hand = new Hand(input, views.canvas, this);
        this.writing = new HeldOutHandwriting();
        this.heartbeat = new Heartbeat(display);
    }

    /** Opens a Display that tracks its resources, the views and the X input; runs; closes them all. */
    static SoakResult run(BundleContext bundle, int count) throws IOException {
        Display display = openTrackingDisplay();
        try (LogWatch log = new LogWatch(); XInput input = new XInput();
                ViewsInShell views = new ViewsInShell(display, bundle)) {
            return new SoakSession(display, views, input, log).run(count);
        } finally {
            display.dispose();
        }
    }

    private static Display openTrackingDisplay() {
        DeviceData data = new DeviceData();
        data.tracking = true;
        try {
            return new Display(data);
        } catch (SWTError e) {
            throw new IllegalStateException("cannot open the display " + System.getenv("DISPLAY") + " ("
                    + e.getMessage() + "; only one SWT display may be open in a process)", e);
        }
    }

    private SoakResult run(int count) {
        heartbeat.start();
        try {
            awaitFirstPaint();
            for (int i = 0; i < WARM_UP_DRAWINGS && misses < MISSES_TO_GIVE_UP; i++) {
                drawAndCount();
            }
            int warmUpPredictions = log.predictions();
            Footprint start = footprint();
            heartbeat.mark();
            readingsShown = 0;
            int firstDrawing = drawings;
            StallsByPrediction stalls = new StallsByPrediction();
            long began = System.nanoTime();
            int done = 0;
            while (done < count && misses < MISSES_TO_GIVE_UP) {
                drawAndCount();
                done = log.predictions() - warmUpPredictions;
                stalls.add(done, heartbeat.mark());
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            Footprint end = footprint();
            return new SoakResult(count, done, readingsShown, drawings - firstDrawing, warmUpPredictions,
                    log.errors(), log.firstError(), seconds, start, end, stalls.firstTenth(), stalls.lastTenth());
        } finally {
            heartbeat.stop();
        }
    }

    /** The canvas is on the screen once it was painted; before that, the X server sends its events nowhere. */
    private void awaitFirstPaint() {
        boolean[] painted = {false};
        views.canvas.addListener(SWT.Paint, e -> painted[0] = true);
        if (!waitUntil(() -> painted[0], READING_TIMEOUT_MS)) {
            log.error("the Draw view was not painted within " + READING_TIMEOUT_MS / 1000 + " s");
        }
        settle();
    }

    /** Draws the next number; a drawing that brought no prediction or no reading is a miss. */
    private void drawAndCount() {
        int before = log.predictions();
        boolean shown = drawNext();
        if (shown && log.predictions() > before) {
            misses = 0;
        } else {
            misses++;
            log.error("drawing " + drawings + (shown ? " made no prediction" : " was not read within "
                    + READING_TIMEOUT_MS / 1000 + " s"));
        }
    }

    /** Clears the canvas, draws the next number; whether the Prediction view shows its reading. */
    private boolean drawNext() {
        Point size = views.canvas.getSize();
        List<Stroke> strokes = writing.next(size.x, size.y);
        clear();
        for (Stroke s : strokes) {
            if (!hand.draw(s)) {
                log.error("the canvas did not see a mouse event of drawing " + (drawings + 1) + " in time");
            }
        }
        drawings++;
        return waitUntil(this::showsCurrentDrawing, READING_TIMEOUT_MS);
    }

    private void clear() {
        if (!views.drawing.isEmpty()) {
            // the Clear command's work; its key (Esc) needs the workbench's key bindings, which this shell has not
            display.syncExec(views.drawing::clear);
            if (!waitUntil(this::showsCurrentDrawing, READING_TIMEOUT_MS)) {
                log.error("the Prediction view did not empty within " + READING_TIMEOUT_MS / 1000
                        + " s after drawing " + drawings + " was cleared");
            }
        }
    }

    private boolean showsCurrentDrawing() {
        Reading shown = views.prediction.shown();
        return shown != null && shown.version() == views.drawing.version();
    }

    /** On a cleared canvas whose empty reading is shown, with the event queue drained. */
    private Footprint footprint() {
        clear();
        settle();
        return Footprint.measure(display, views.widgets());
    }

    /** Dispatches for a while: the window is mapped and laid out, pending paints and readings are done. */
    private void settle() {
        long until = System.currentTimeMillis() + 300;
        waitUntil(() -> System.currentTimeMillis() > until, 1_000);
    }

    @Override
    public boolean waitUntil(BooleanSupplier condition, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            dispatchOnce();
        }
        return true;
    }

    /**
     * One event or one runnable of the UI thread (the heartbeat wakes an idle loop every few ms). A reading the
     * Prediction view starts showing is counted here, so none is missed however fast they come.
     */
    private void dispatchOnce() {
        try {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        } catch (RuntimeException e) {
            log.error("on the UI thread: " + e);
        }
        Reading shown = views.prediction.shown();
        if (shown != lastShown) {
            lastShown = shown;
            if (shown != null && !shown.isEmpty()) {
                readingsShown++;
            }
        }
    }
}
