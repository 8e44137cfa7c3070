package org.digitworkbench.app.handlers;

import org.digitworkbench.app.model.DefaultLayout;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * Window > Reset Layout: replaces the current perspective by a fresh copy of the default one kept as a snippet in
 * Application.e4xmi (empty stacks), filled with every installed view. The parts are recreated; their content lives
 * in shared models and survives.
 */
public final class ResetLayoutHandler {

    public static final String PERSPECTIVE_ID = "org.digitworkbench.app.perspective.default";

    @Execute
    void execute(MApplication application, MWindow window, EModelService models, EPartService parts) {
        MPerspective current = models.getActivePerspective(window);
        MUIElement fresh = models.cloneSnippet(application, PERSPECTIVE_ID, window);
        Object parent = current == null ? null : current.getParent();
        if (!(fresh instanceof MPerspective perspective) || !(parent instanceof MPerspectiveStack stack)) {
            return;
        }
        DefaultLayout.fill(perspective, application, models);
        stack.getChildren().add(perspective);
        parts.switchPerspective(perspective);
        stack.getChildren().remove(current);
    }
}
