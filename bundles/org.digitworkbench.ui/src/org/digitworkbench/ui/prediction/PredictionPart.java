package org.digitworkbench.ui.prediction;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/**
 * The Prediction view. Live recognition is not built yet (issue 4): until then the view says what it will show
 * and shows nothing that could pass for a prediction.
 */
public final class PredictionPart {

    static final String NOT_YET = "Live recognition is not available yet.\n\n"
            + "This view will show the number read from the Draw view, in digits and in words, the network's "
            + "confidence, bars for all ten classes and the 28×28 image the network saw.";

    private Label message;

    @PostConstruct
    void createControls(Composite parent) {
        GridLayoutFactory.swtDefaults().margins(16, 16).applyTo(parent);
        message = new Label(parent, SWT.WRAP);
        message.setText(NOT_YET);
        GridDataFactory.fillDefaults().grab(true, true).hint(200, SWT.DEFAULT).applyTo(message);
    }

    String message() {
        return message.getText();
    }
}
