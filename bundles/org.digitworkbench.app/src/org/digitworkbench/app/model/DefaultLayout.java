package org.digitworkbench.app.model;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/**
 * Puts every installed view that is not in a perspective yet into the stack its descriptor names (the descriptor's
 * category is the tag of a stack in Application.e4xmi), and hides stacks and sashes left with nothing to show. A
 * view the user closed stays in the model, hidden, and is left closed.
 */
public final class DefaultLayout {

    private DefaultLayout() {
    }

    /** Fills the perspective; returns the number of parts added. */
    public static int fill(MPerspective perspective, MApplication application, EModelService models) {
        int added = 0;
        for (MPartDescriptor view : InstalledViews.of(application)) {
            if (view.getCategory() == null || !models.findElements(perspective, view.getElementId(), MPart.class,
                    null).isEmpty()) {
                continue;
            }
            List<MPartStack> stacks = models.findElements(perspective, null, MPartStack.class,
                    List.of(view.getCategory()));
            if (!stacks.isEmpty()) {
                MPart part = models.createPart(view);
                MPartStack stack = stacks.get(0);
                stack.getChildren().add(part);
                if (stack.getSelectedElement() == null) {
                    stack.setSelectedElement(part);
                }
                added++;
            }
        }
        showOnlyWhatHasParts(perspective);
        return added;
    }

    /** Sets toBeRendered on stacks and sashes: true exactly when something inside is shown. */
    static boolean showOnlyWhatHasParts(MUIElement element) {
        if (element instanceof MPart) {
            return element.isToBeRendered();
        }
        if (!(element instanceof MElementContainer<?> container)) {
            return element.isToBeRendered();
        }
        boolean any = false;
        for (MUIElement child : container.getChildren()) {
            any |= showOnlyWhatHasParts(child);
        }
        if (element instanceof MPartStack || element instanceof MPartSashContainer) {
            element.setToBeRendered(any);
        }
        return any;
    }
}
