package org.digitworkbench.browser.commands;

import org.digitworkbench.browser.BrowserActions;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/**
 * Cancel: stops the classification of MNIST that runs; none of its answers are shown. Disabled where no MNIST
 * Browser is active (no {@link BrowserActions} in the context).
 */
public final class CancelScanHandler {

    @CanExecute
    public boolean canExecute(@Optional BrowserActions browser) {
        return browser != null && browser.canCancelScan();
    }

    @Execute
    public void execute(BrowserActions browser) {
        browser.cancelScan();
    }
}
