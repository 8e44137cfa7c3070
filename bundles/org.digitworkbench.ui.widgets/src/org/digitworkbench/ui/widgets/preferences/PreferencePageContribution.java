package org.digitworkbench.ui.widgets.preferences;

import java.util.Comparator;

import org.eclipse.jface.preference.PreferencePage;

/**
 * A page of Window > Preferences…, offered by a bundle as an OSGi service (a DS {@code @Component} with
 * {@code service = PreferencePageContribution.class}). The dialog shows one node per service, so a page comes and
 * goes with its bundle.
 * <p>
 * Before the page builds its controls, the dialog injects it from the e4 context the command runs in: a page may
 * ask for {@code MApplication} or other workbench objects with {@code @Inject} fields or methods.
 */
public interface PreferencePageContribution {

    /** The order of the pages in the dialog: by rank, then by label. */
    Comparator<PreferencePageContribution> ORDER = Comparator.comparingInt(PreferencePageContribution::rank)
            .thenComparing(PreferencePageContribution::label);

    /** Unique among the pages, e.g. the contributing bundle's name plus a word. */
    String id();

    /** The page's name in the dialog's tree and title. */
    String label();

    /** Lower ranks come first. */
    default int rank() {
        return 100;
    }

    /** A new page each time: the dialog disposes the pages it showed when it closes. */
    PreferencePage createPage();
}
