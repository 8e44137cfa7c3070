package org.digitworkbench.browser.commands;

import org.digitworkbench.browser.BrowserActions;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/**
 * Send to Draw: the selected sample onto the canvas of the view that takes drawings, which is shown. Disabled where
 * no MNIST Browser is active (no {@link BrowserActions} in the context).
 */
public final class SendToDrawHandler {

    @CanExecute
    public boolean canExecute(@Optional BrowserActions browser) {
        return browser != null && browser.canSendToDraw();
    }

    @Execute
    public void execute(BrowserActions browser) {
        browser.sendToDraw();
    }
}
