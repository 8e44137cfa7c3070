package org.digitworkbench.ui.preferences;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** Window > Preferences…: pen width and live recognition. */
public final class PreferencesHandler {

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        new PreferencesDialog(shell).open();
    }
}
