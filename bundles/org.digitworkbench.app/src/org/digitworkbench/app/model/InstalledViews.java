package org.digitworkbench.app.model;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.digitworkbench.api.ViewTags;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;

/** The views bundles contribute: part descriptors tagged {@link ViewTags#VIEW}, sorted by label. */
public final class InstalledViews {

    private InstalledViews() {
    }

    public static List<MPartDescriptor> of(MApplication application) {
        return application.getDescriptors().stream()
                .filter(d -> d.getTags().contains(ViewTags.VIEW))
                .sorted(Comparator.comparing(InstalledViews::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** "Draw, MNIST Browser, Prediction" — for the start-up log line. */
    public static String describe(MApplication application) {
        List<MPartDescriptor> views = of(application);
        return views.isEmpty() ? "none" : views.stream().map(InstalledViews::label).collect(Collectors.joining(", "));
    }

    /** The label the user reads: the localized label, else the id. */
    public static String label(MPartDescriptor view) {
        String label = view.getLocalizedLabel();
        return label == null || label.isEmpty() ? view.getElementId() : label;
    }
}
