package org.digitworkbench.app.handlers;

import org.digitworkbench.api.ModelInfo;
import org.digitworkbench.api.ModelService;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

import jakarta.inject.Named;

import org.eclipse.e4.ui.services.IServiceConstants;

/** Help > About: the product version, the Java and OS it runs on, and the model in service. */
public final class AboutHandler {

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional @Service ModelService models) {
        MessageDialog.openInformation(shell, "About Digit Workbench", text(models));
    }

    static String text(ModelService models) {
        ModelInfo model = models == null ? null : models.current();
        return "Digit Workbench " + FrameworkUtil.getBundle(AboutHandler.class).getVersion() + "\n\n"
                + "Draw digits and numbers; a convolutional network trained on MNIST reads them.\n\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                + System.getProperty("java.home") + "\n"
                + "OS " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + "\n\n"
                + "Model: " + (model == null ? "none loaded yet" : model.name() + " (" + model.source() + ")");
    }
}
