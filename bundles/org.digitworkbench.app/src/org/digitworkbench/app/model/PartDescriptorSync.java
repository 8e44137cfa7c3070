package org.digitworkbench.app.model;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Brings parts saved by an earlier start up to date with their bundle's descriptor: a part is copied from its
 * descriptor when created and then saved with the layout, so a toolbar item, view-menu entry or key context added by
 * a newer bundle would never reach it. The user's state (position, size, saved content, extra tags) is kept.
 */
public final class PartDescriptorSync {

    static final String VIEW_MENU = "ViewMenu";

    private PartDescriptorSync() {
    }

    /** Updates every part in the application's windows that has a descriptor; returns how many. */
    public static int refresh(MApplication application, EModelService models) {
        int refreshed = 0;
        List<MPart> parts = models.findElements(application, null, MPart.class, null);
        for (MPart part : parts) {
            // not models.getPartDescriptor: processors run before the application is in the workbench context
            for (MPartDescriptor descriptor : application.getDescriptors()) {
                if (descriptor.getElementId().equals(part.getElementId())) {
                    refresh(part, descriptor);
                    refreshed++;
                }
            }
        }
        return refreshed;
    }

    static void refresh(MPart part, MPartDescriptor descriptor) {
        part.setLabel(descriptor.getLabel());
        part.setTooltip(descriptor.getTooltip());
        part.setIconURI(descriptor.getIconURI());
        part.setCloseable(descriptor.isCloseable());
        part.setContributionURI(descriptor.getContributionURI());
        part.getBindingContexts().clear();
        part.getBindingContexts().addAll(descriptor.getBindingContexts());
        for (String tag : descriptor.getTags()) {
            if (!part.getTags().contains(tag)) {
                part.getTags().add(tag);
            }
        }
        part.setToolbar(descriptor.getToolbar() == null ? null : copy(descriptor.getToolbar()));
        part.getMenus().removeIf(menu -> menu.getTags().contains(VIEW_MENU));
        for (MMenu menu : descriptor.getMenus()) {
            part.getMenus().add(copy(menu));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T element) {
        return (T) EcoreUtil.copy((EObject) element);
    }
}
