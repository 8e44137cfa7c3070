package org.digitworkbench.app.handlers;

import java.util.List;

import org.digitworkbench.app.dialogs.ShowViewDialog;
import org.digitworkbench.app.model.InstalledViews;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/**
 * Window > Show View…: lists the installed views ({@link InstalledViews}) and shows the one
 * chosen. A view whose descriptor names a {@code category} goes into the stack tagged with it (EPartService does
 * that); a stack hidden because its views were all closed is shown again first.
 */
public final class ShowViewHandler {

    private static final int WHERE_PARTS_ARE = EModelService.OUTSIDE_PERSPECTIVE | EModelService.IN_ACTIVE_PERSPECTIVE
            | EModelService.IN_SHARED_AREA;

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, MApplication application, MWindow window,
            EModelService models, EPartService parts) {
        ShowViewDialog dialog = new ShowViewDialog(shell, InstalledViews.of(application));
        if (dialog.open() == Window.OK && dialog.chosen() != null) {
            String id = dialog.chosen().getElementId();
            makeRoomFor(dialog.chosen(), window, models);
            parts.showPart(id, PartState.ACTIVATE);
        }
    }

    /**
     * Renders again the containers the view will appear in: those of its part when one exists (closed parts stay
     * in their stack), else the first stack tagged with the view's category. The CleanupAddon stops rendering a
     * stack whose parts were all closed, and EPartService does not render it again.
     */
    static void makeRoomFor(MPartDescriptor view, MWindow window, EModelService models) {
        List<MPart> existing = models.findElements(window, view.getElementId(), MPart.class, null, WHERE_PARTS_ARE);
        if (!existing.isEmpty()) {
            MPart part = existing.get(0);
            MUIElement shown = part.getCurSharedRef() != null ? part.getCurSharedRef() : part;
            renderWithAncestors(shown.getParent());
            return;
        }
        String category = view.getCategory();
        if (category != null && !category.isEmpty()) {
            @SuppressWarnings("rawtypes")
            List<MElementContainer> stacks = models.findElements(window, null, MElementContainer.class,
                    List.of(category), WHERE_PARTS_ARE);
            if (!stacks.isEmpty()) {
                renderWithAncestors(stacks.get(0));
            }
        }
    }

    private static void renderWithAncestors(MUIElement element) {
        for (MUIElement e = element; e != null && !(e instanceof MWindow); e = e.getParent()) {
            if (!e.isToBeRendered()) {
                e.setToBeRendered(true);
            }
        }
    }
}
