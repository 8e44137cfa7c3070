package org.digitworkbench.browser;

import org.digitworkbench.api.mnist.MnistStore;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/**
 * The MNIST Browser view. The sample grid is not built yet (issue 5): until then the view says what it will show
 * and where the data will come from.
 */
public final class BrowserPart {

    private Label message;

    @PostConstruct
    void createControls(Composite parent) {
        GridLayoutFactory.swtDefaults().margins(16, 16).applyTo(parent);
        message = new Label(parent, SWT.WRAP);
        message.setText("The MNIST browser is not available yet.\n\n"
                + "This view will show all 70,000 MNIST samples with the current model's mistakes, a confusion "
                + "matrix and a detail view. MNIST is read from " + MnistStore.defaultDirectory()
                + (MnistStore.standard().isComplete() ? " (present)." : " (not there yet: 'digits fetch-mnist')."));
        GridDataFactory.fillDefaults().grab(true, true).hint(200, SWT.DEFAULT).applyTo(message);
    }
}
