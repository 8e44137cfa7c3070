package org.digitworkbench.app.dialogs;

import java.util.List;

import org.digitworkbench.ui.widgets.preferences.PreferencePageContribution;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.swt.widgets.Shell;

/** The JFace preference dialog built from the contributed pages. */
public final class ContributedPreferences {

    public static final String TITLE = "Preferences";

    private ContributedPreferences() {
    }

    /**
     * A dialog (not yet open) with one node per contribution, ordered by {@link PreferencePageContribution#ORDER};
     * the pages are created when first shown and injected from {@code context}.
     */
    public static PreferenceDialog dialog(Shell shell, IEclipseContext context,
            List<PreferencePageContribution> pages) {
        PreferenceManager manager = new PreferenceManager();
        pages.stream().sorted(PreferencePageContribution.ORDER)
                .forEach(page -> manager.addToRoot(new ContributedNode(page, context)));
        PreferenceDialog dialog = new PreferenceDialog(shell, manager) {
            @Override
            protected void configureShell(Shell newShell) {
                super.configureShell(newShell);
                newShell.setText(TITLE);
            }
        };
        dialog.setMinimumPageSize(480, 320);
        return dialog;
    }
}
