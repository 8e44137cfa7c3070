package org.digitworkbench.ui.draw;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.digitworkbench.api.ink.Backdrop;
import org.digitworkbench.api.ink.Stroke;
import org.eclipse.e4.core.di.annotations.Creatable;

import jakarta.inject.Singleton;

/**
 * The strokes on the canvas, and a picture under them when a sample was sent to the Draw view: the model for
 * rendering, undo, export and replay. One per workbench, so it outlives
 * the Draw part when the layout is reset. Used on the UI thread only.
 */
@Creatable
@Singleton
public final class Drawing {

    /** Undo depth; older states are dropped. */
    static final int HISTORY = 200;

    /** What undo brings back: the strokes and the picture under them. */
    private record State(List<Stroke> strokes, Backdrop backdrop) {
    }

    private List<Stroke> strokes = new ArrayList<>();
    private Backdrop backdrop;
    private final Deque<State> history = new ArrayDeque<>();
    private Stroke current;
    private long version;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Starts a stroke at a point (mouse down). */
    public void begin(float x, float y) {
        current = new Stroke(new float[] {x, y});
        changed();
    }

    /** Extends the stroke in progress (mouse drag); ignored when no stroke is in progress. */
    public void extend(float x, float y) {
        if (current != null) {
            current = current.with(x, y);
            changed();
        }
    }

    /** Finishes the stroke in progress (mouse up); it becomes undoable. */
    public void end() {
        if (current != null) {
            remember();
            strokes.add(current);
            current = null;
            changed();
        }
    }

    public boolean canUndo() {
        return current != null || !history.isEmpty();
    }

    public boolean isDrawing() {
        return current != null;
    }

    /** Removes the last stroke, or brings back what Clear or Load removed. Returns false when there is no history. */
    public boolean undo() {
        if (current != null) {
            current = null;
            changed();
            return true;
        }
        if (history.isEmpty()) {
            return false;
        }
        State previous = history.pop();
        strokes = new ArrayList<>(previous.strokes());
        backdrop = previous.backdrop();
        changed();
        return true;
    }

    /** Removes every stroke; undoable. */
    public void clear() {
        if (isEmpty()) {
            return;
        }
        current = null;
        remember();
        strokes = new ArrayList<>();
        backdrop = null;
        changed();
    }

    /** Replaces the drawing by these strokes (replay); undoable. */
    public void replace(List<Stroke> replacement) {
        current = null;
        remember();
        strokes = new ArrayList<>(replacement);
        backdrop = null;
        changed();
    }

    /** Replaces the drawing by a picture to draw over (Send to Draw); undoable. */
    public void showPicture(Backdrop picture) {
        current = null;
        remember();
        strokes = new ArrayList<>();
        backdrop = picture;
        changed();
    }

    /** The picture under the strokes, or null. */
    public Backdrop backdrop() {
        return backdrop;
    }

    /** Sets the strokes without history, for restoring a saved drawing. */
    void restore(List<Stroke> saved) {
        strokes = new ArrayList<>(saved);
        backdrop = null;
        history.clear();
        current = null;
        changed();
    }

    /** Finished strokes plus the one in progress. */
    public List<Stroke> strokes() {
        List<Stroke> all = new ArrayList<>(strokes);
        if (current != null) {
            all.add(current);
        }
        return all;
    }

    public boolean isEmpty() {
        return strokes.isEmpty() && current == null && backdrop == null;
    }

    /** Increases with every change. */
    public long version() {
        return version;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void remember() {
        history.push(new State(List.copyOf(strokes), backdrop));
        while (history.size() > HISTORY) {
            history.removeLast();
        }
    }

    private void changed() {
        version++;
        for (Runnable l : listeners) {
            l.run();
        }
    }
}
