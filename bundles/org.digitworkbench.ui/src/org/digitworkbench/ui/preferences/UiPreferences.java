package org.digitworkbench.ui.preferences;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** The views' preferences (instance scope, node {@value #NODE}), with their defaults. */
public final class UiPreferences {

    public static final String NODE = "org.digitworkbench.ui";
    /** Pen width in canvas pixels. */
    public static final String PEN_WIDTH = "penWidth";
    /**
     * MNIST strokes are about a tenth of the digit's height; a digit drawn on a canvas of a few hundred pixels is
     * 200–350 px tall. Measured on real pen digits: see README ("pen width").
     */
    public static final int DEFAULT_PEN_WIDTH = 26;
    public static final int MIN_PEN_WIDTH = 4;
    public static final int MAX_PEN_WIDTH = 80;
    /** Recognise while drawing, not only on request. */
    public static final String LIVE = "liveRecognition";
    public static final boolean DEFAULT_LIVE = true;

    private UiPreferences() {
    }

    public static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    public static int penWidth() {
        return clampPen(node().getInt(PEN_WIDTH, DEFAULT_PEN_WIDTH));
    }

    public static int clampPen(int width) {
        return Math.max(MIN_PEN_WIDTH, Math.min(MAX_PEN_WIDTH, width));
    }

    public static void setPenWidth(int width) {
        node().putInt(PEN_WIDTH, clampPen(width));
        flush();
    }

    public static boolean live() {
        return node().getBoolean(LIVE, DEFAULT_LIVE);
    }

    public static void setLive(boolean live) {
        node().putBoolean(LIVE, live);
        flush();
    }

    private static void flush() {
        try {
            node().flush();
        } catch (BackingStoreException e) {
            org.eclipse.core.runtime.ILog.of(UiPreferences.class).error("Preferences not saved", e);
        }
    }
}
