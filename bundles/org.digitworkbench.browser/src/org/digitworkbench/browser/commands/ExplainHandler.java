package org.digitworkbench.browser.commands;

import org.digitworkbench.browser.BrowserActions;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/**
 * Why?: the occlusion heat map of the selected sample, over its enlarged picture. Disabled where no MNIST Browser
 * is active (no {@link BrowserActions} in the context).
 */
public final class ExplainHandler {

    @CanExecute
    public boolean canExecute(@Optional BrowserActions browser) {
        return browser != null && browser.canExplain();
    }

    @Execute
    public void execute(BrowserActions browser) {
        browser.explain();
    }
}
