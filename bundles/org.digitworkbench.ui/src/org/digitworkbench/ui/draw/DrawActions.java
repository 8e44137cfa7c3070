package org.digitworkbench.ui.draw;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.widgets.Shell;

/**
 * What the Draw view's commands act on. The Draw part puts one into its own context, so a handler finds it only
 * when it runs for that part (its toolbar, its view menu, a key while it is active). It asks the workbench to
 * re-evaluate enablement only when Undo, Clear or Export change state, not on every mouse move.
 */
public final class DrawActions {

    private final Drawing drawing;
    private final DrawPart part;
    private final IEventBroker broker;
    private boolean couldUndo;
    private boolean wasEmpty;

    DrawActions(Drawing drawing, DrawPart part, IEventBroker broker) {
        this.drawing = drawing;
        this.part = part;
        this.broker = broker;
        couldUndo = drawing.canUndo();
        wasEmpty = drawing.isEmpty();
    }

    public void recognize() {
        part.recognize();
    }

    public boolean canUndo() {
        return drawing.canUndo();
    }

    public void undo() {
        drawing.undo();
    }

    /** Nothing drawn and no picture shown: nothing to clear or export. */
    public boolean isEmpty() {
        return drawing.isEmpty();
    }

    /** Removes every stroke; Undo brings them back. */
    public void clear() {
        drawing.clear();
    }

    public void exportPng(Path file) throws IOException {
        part.exportPng(file);
    }

    /** The shell the Draw view is in, for dialogs. */
    public Shell shell() {
        return part.canvas().getShell();
    }

    /** Called after every change of the drawing. */
    void drawingChanged() {
        boolean canUndo = drawing.canUndo();
        boolean empty = drawing.isEmpty();
        if (canUndo != couldUndo || empty != wasEmpty) {
            couldUndo = canUndo;
            wasEmpty = empty;
            if (broker != null) {
                broker.send(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
            }
        }
    }
}
