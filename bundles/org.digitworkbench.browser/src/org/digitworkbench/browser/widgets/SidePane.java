package org.digitworkbench.browser.widgets;

import java.util.function.BiConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Beside the grid: what the model gets wrong in words, the confusion matrix, and the selected sample. */
public final class SidePane {

    private final Label status;
    private final ConfusionMatrixView matrix;
    private final SampleDetail detail;

    /**
     * @param onCell     hears (true digit, predicted digit) of a confusion-matrix cell the user clicked
     * @param sendToDraw the Send to Draw button's action
     * @param explain    the Why? button's action
     */
    public SidePane(Composite parent, BiConsumer<Integer, Integer> onCell, Runnable sendToDraw, Runnable explain) {
        Composite side = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(false, true).applyTo(side);
        GridLayoutFactory.fillDefaults().applyTo(side);
        status = new Label(side, SWT.WRAP);
        GridDataFactory.fillDefaults().hint(ConfusionMatrixView.CELL * 11, SWT.DEFAULT).applyTo(status);
        matrix = new ConfusionMatrixView(side);
        matrix.onCell(onCell);
        detail = new SampleDetail(side, sendToDraw, explain);
    }

    public void showStatus(String text) {
        status.setText(text);
    }

    public Label statusLabel() {
        return status;
    }

    public ConfusionMatrixView matrix() {
        return matrix;
    }

    public SampleDetail detail() {
        return detail;
    }
}
