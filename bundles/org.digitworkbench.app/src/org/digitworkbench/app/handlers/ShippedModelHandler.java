package org.digitworkbench.app.handlers;

import org.digitworkbench.api.ModelService;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** File > Use Shipped Model: back to the model that comes with the product. */
public final class ShippedModelHandler {

    @CanExecute
    boolean canExecute(@Optional @Service ModelService models) {
        return models != null;
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service ModelService models,
            UISynchronize ui) {
        OpenModelHandler.ModelJobs.load(shell, ui, "Loading the shipped model", models::loadShipped);
    }
}
