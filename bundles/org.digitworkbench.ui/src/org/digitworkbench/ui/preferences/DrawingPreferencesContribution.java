package org.digitworkbench.ui.preferences;

import org.digitworkbench.ui.widgets.preferences.PreferencePageContribution;
import org.eclipse.jface.preference.PreferencePage;
import org.osgi.service.component.annotations.Component;

/** Offers the {@link DrawingPreferencePage} to Window > Preferences…. */
@Component(service = PreferencePageContribution.class)
public final class DrawingPreferencesContribution implements PreferencePageContribution {

    public static final String ID = "org.digitworkbench.ui.preferences.drawing";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Drawing";
    }

    @Override
    public int rank() {
        return 10;
    }

    @Override
    public PreferencePage createPage() {
        return new DrawingPreferencePage();
    }
}
