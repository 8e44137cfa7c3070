package org.digitworkbench.app;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationFactory;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.advanced.MAdvancedFactory;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;

/**
 * A window laid out as the product's: three stacks tagged with their ids (left, right, bottom; bottom in a sash
 * of its own), and view descriptors naming them as their category.
 */
public final class ViewModels {

    public static final String LEFT = "org.digitworkbench.app.stack.left";
    public static final String RIGHT = "org.digitworkbench.app.stack.right";
    public static final String BOTTOM = "org.digitworkbench.app.stack.bottom";
    public static final String DRAW = "org.digitworkbench.ui.part.draw";
    public static final String PREDICTION = "org.digitworkbench.ui.part.prediction";
    public static final String BROWSER = "org.digitworkbench.browser.part.browser";

    public final MApplication application = MApplicationFactory.INSTANCE.createApplication();
    public final MTrimmedWindow window = MBasicFactory.INSTANCE.createTrimmedWindow();
    public final MPartSashContainer bottomSash = MBasicFactory.INSTANCE.createPartSashContainer();
    public final MPartStack left = stack(LEFT);
    public final MPartStack right = stack(RIGHT);
    public final MPartStack bottom = stack(BOTTOM);

    public ViewModels() {
        MPerspectiveStack perspectives = MAdvancedFactory.INSTANCE.createPerspectiveStack();
        MPerspective perspective = MAdvancedFactory.INSTANCE.createPerspective();
        MPartSashContainer main = MBasicFactory.INSTANCE.createPartSashContainer();
        main.getChildren().addAll(List.of(left, right, bottomSash));
        bottomSash.getChildren().add(bottom);
        perspective.getChildren().add(main);
        perspectives.getChildren().add(perspective);
        perspectives.setSelectedElement(perspective);
        window.getChildren().add(perspectives);
        application.getChildren().add(window);
        application.setSelectedElement(window);
    }

    /** Draw, Prediction and MNIST Browser, tagged View, and one descriptor that is not a view. */
    public ViewModels withProductViews() {
        application.getDescriptors().add(view(PREDICTION, "Prediction", "What the network reads in the drawing",
                RIGHT));
        application.getDescriptors().add(view(BROWSER, "MNIST Browser", "The MNIST digits and the model's mistakes",
                BOTTOM));
        application.getDescriptors().add(view(DRAW, "Draw", "Draw digits with the mouse", LEFT));
        MPartDescriptor helper = view("org.digitworkbench.test.part.helper", "A helper part", "Not a view", LEFT);
        helper.getTags().clear();
        application.getDescriptors().add(helper);
        return this;
    }

    /** A part as EModelService.createPart makes it from the descriptor, put into a stack. */
    public MPart place(String id, MPartStack stack) {
        MPart part = MBasicFactory.INSTANCE.createPart();
        part.setElementId(id);
        stack.getChildren().add(part);
        return part;
    }

    public MPartDescriptor descriptor(String id) {
        return application.getDescriptors().stream().filter(d -> d.getElementId().equals(id)).findFirst()
                .orElseThrow();
    }

    private static MPartStack stack(String id) {
        MPartStack stack = MBasicFactory.INSTANCE.createPartStack();
        stack.setElementId(id);
        stack.getTags().add(id);
        return stack;
    }

    private static MPartDescriptor view(String id, String label, String tooltip, String category) {
        MPartDescriptor view = org.eclipse.e4.ui.model.application.descriptor.basic.MBasicFactory.INSTANCE
                .createPartDescriptor();
        view.setElementId(id);
        view.setLabel(label);
        view.setTooltip(tooltip);
        view.setCategory(category);
        view.getTags().add("View");
        return view;
    }
}
