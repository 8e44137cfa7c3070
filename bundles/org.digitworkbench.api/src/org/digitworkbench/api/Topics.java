package org.digitworkbench.api;

/** Event topics the views use to talk (IEventBroker); payloads are API types so no view depends on another. */
public final class Topics {

    /**
     * The drawing changed (a point added while drawing, a stroke finished, undone, cleared, pen width changed);
     * payload {@code DrawingSnapshot}. Sent on every mouse move while drawing: consumers keep only the newest.
     */
    public static final String DRAWING_CHANGED = "digits/drawing/changed";
    /** The user asked for recognition (Recognize button, Enter); payload {@code DrawingSnapshot}. */
    public static final String DRAWING_RECOGNIZE = "digits/drawing/recognize";
    /** A drawing was read; payload {@code Reading} (its version says which drawing). */
    public static final String READING = "digits/prediction/reading";
    /** Put a picture on the canvas (Send to Draw), replacing the drawing; payload {@code InkImage}. */
    public static final String DRAWING_LOAD_IMAGE = "digits/drawing/loadImage";
    /** Put strokes on the canvas (replay, send to draw); payload {@code List<Stroke>} in canvas coordinates. */
    public static final String DRAWING_LOAD = "digits/drawing/load";
    /** The user saved a correction ("That was a …") into their data set; payload {@code Correction}. */
    public static final String CORRECTION_SAVED = "digits/corrections/saved";

    private Topics() {
    }
}
