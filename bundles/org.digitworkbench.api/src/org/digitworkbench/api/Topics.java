package org.digitworkbench.api;

/** Event topics the views use to talk (IEventBroker); payloads are API types so no view depends on another. */
public final class Topics {

    /** The drawing changed (stroke added, undone, cleared, pen width changed); payload {@code DrawingSnapshot}. */
    public static final String DRAWING_CHANGED = "digits/drawing/changed";
    /** The user asked for recognition (Recognize button, Enter); payload {@code DrawingSnapshot}. */
    public static final String DRAWING_RECOGNIZE = "digits/drawing/recognize";
    /** Put strokes on the canvas (replay, send to draw); payload {@code List<Stroke>} in canvas coordinates. */
    public static final String DRAWING_LOAD = "digits/drawing/load";

    private Topics() {
    }
}
