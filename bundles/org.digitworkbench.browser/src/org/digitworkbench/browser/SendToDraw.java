package org.digitworkbench.browser;

import java.util.function.Supplier;

import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.Topics;
import org.digitworkbench.api.ViewTags;
import org.digitworkbench.api.image.InkImage;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Puts a sample on a drawing canvas without knowing whose: some installed view says it takes drawings with the tag
 * {@link ViewTags#ACCEPTS_DRAWING} on its part descriptor; that view is shown and the picture is posted on
 * {@link Topics#DRAWING_LOAD_IMAGE}. Without such a view there is nothing to send to.
 */
final class SendToDraw {

    static final String NO_VIEW = "No view that takes drawings is installed (the Draw view comes with the "
            + "Digit Workbench UI bundle), so there is nothing to send the sample to";

    private final IEventBroker broker;
    private final MApplication application;
    private final Supplier<EPartService> parts;

    /**
     * @param application the workbench's model, or null for a part outside a workbench (in a plain window): which
     *                    views exist is then not known, and the picture is only posted
     * @param parts       the part service of the browser's window, asked only when a view is to be shown
     */
    SendToDraw(IEventBroker broker, MApplication application, Supplier<EPartService> parts) {
        this.broker = broker;
        this.application = application;
        this.parts = parts;
    }

    /** Null when a sample can be sent, else why not. */
    String whyNot() {
        return application == null || target() != null ? null : NO_VIEW;
    }

    /** Shows the view that takes drawings and puts the picture there (light ink on dark becomes dark on paper). */
    void send(DigitImage image) {
        MPartDescriptor target = application == null ? null : target();
        if (application != null && target == null) {
            return;
        }
        if (target != null) {
            parts.get().showPart(target.getElementId(), PartState.ACTIVATE);
        }
        broker.post(Topics.DRAWING_LOAD_IMAGE, new InkImage(DigitImage.SIZE, DigitImage.SIZE, image.pixels()));
    }

    /** The first view that takes drawings, or null. */
    private MPartDescriptor target() {
        return application.getDescriptors().stream().filter(d -> d.getTags().contains(ViewTags.ACCEPTS_DRAWING))
                .findFirst().orElse(null);
    }
}
