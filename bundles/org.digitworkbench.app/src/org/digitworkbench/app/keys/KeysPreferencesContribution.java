package org.digitworkbench.app.keys;

import org.digitworkbench.ui.widgets.preferences.PreferencePageContribution;
import org.eclipse.jface.preference.PreferencePage;
import org.osgi.service.component.annotations.Component;

/** Offers the {@link KeysPreferencePage} to Window > Preferences…. */
@Component(service = PreferencePageContribution.class)
public final class KeysPreferencesContribution implements PreferencePageContribution {

    public static final String ID = "org.digitworkbench.app.preferences.keys";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Keys";
    }

    @Override
    public int rank() {
        return 50;
    }

    @Override
    public PreferencePage createPage() {
        return new KeysPreferencePage();
    }
}
