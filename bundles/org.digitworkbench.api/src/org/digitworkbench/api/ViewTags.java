package org.digitworkbench.api;

/**
 * Tags on the views' part descriptors in the application model. A view says what it can do with a tag, so that
 * another view can offer an action only when some installed view can take it, without naming that view's bundle.
 */
public final class ViewTags {

    /** Every view a bundle contributes (Window > Show View lists them). */
    public static final String VIEW = "View";
    /** The view takes a picture to draw over ({@link Topics#DRAWING_LOAD_IMAGE}): the Draw view. */
    public static final String ACCEPTS_DRAWING = "org.digitworkbench.view.acceptsDrawing";

    private ViewTags() {
    }
}
