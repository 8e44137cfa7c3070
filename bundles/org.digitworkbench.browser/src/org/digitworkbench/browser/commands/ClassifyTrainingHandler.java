package org.digitworkbench.browser.commands;

import org.digitworkbench.browser.BrowserActions;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/**
 * Classify training set: the 60,000 training samples too, with the model in service. Disabled where no MNIST
 * Browser is active (no {@link BrowserActions} in the context).
 */
public final class ClassifyTrainingHandler {

    @CanExecute
    public boolean canExecute(@Optional BrowserActions browser) {
        return browser != null && browser.canClassifyTraining();
    }

    @Execute
    public void execute(BrowserActions browser) {
        browser.classifyTraining();
    }
}
