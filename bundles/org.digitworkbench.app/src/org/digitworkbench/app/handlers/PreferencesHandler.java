package org.digitworkbench.app.handlers;

import java.util.List;

import org.digitworkbench.app.dialogs.ContributedPreferences;
import org.digitworkbench.ui.widgets.preferences.PreferencePageContribution;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/**
 * Window > Preferences…: one dialog with a page for each {@link PreferencePageContribution} service of the
 * installed bundles. The pages are injected from the window's context: an {@code IEclipseContext} parameter of
 * {@code @Execute} may resolve to the handler service's context of command parameters, which has no parent.
 */
public final class PreferencesHandler {

    static final String NOTHING_TO_SET = "None of the installed parts of Digit Workbench has preferences to set.";

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, MWindow window,
            @Service List<PreferencePageContribution> pages) {
        if (pages.isEmpty()) {
            MessageDialog.openInformation(shell, ContributedPreferences.TITLE, NOTHING_TO_SET);
            return;
        }
        ContributedPreferences.dialog(shell, window.getContext(), pages).open();
    }
}
