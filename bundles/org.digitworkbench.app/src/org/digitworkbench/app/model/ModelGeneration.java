package org.digitworkbench.app.model;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The shape of Application.e4xmi that a saved layout belongs to. When the structure changes (stacks, menus,
 * contexts — things fragments merge into), bump {@link #CURRENT}: the next start then drops the saved layout once
 * instead of merging new fragments into a model they no longer fit. Generation 2: views and commands come from
 * fragments, the perspective has tagged stacks.
 */
public final class ModelGeneration {

    public static final String CURRENT = "2";
    static final String NODE = "org.digitworkbench.app";
    static final String KEY = "modelGeneration";

    private ModelGeneration() {
    }

    /**
     * Called before the workbench loads its model: when the saved layout is of another generation, asks the
     * workbench to start from Application.e4xmi (it reads the clearPersistedState system property after this).
     */
    public static void clearOlderLayouts() {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(NODE);
        if (CURRENT.equals(preferences.get(KEY, null))) {
            return;
        }
        System.setProperty(IWorkbench.CLEAR_PERSISTED_STATE, Boolean.TRUE.toString());
        preferences.put(KEY, CURRENT);
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            ILog.of(ModelGeneration.class).warn("Could not remember the layout generation: " + e.getMessage(), e);
        }
    }

    /** After the model is loaded: the request above is for this start only. */
    public static void layoutLoaded() {
        System.clearProperty(IWorkbench.CLEAR_PERSISTED_STATE);
    }
}
