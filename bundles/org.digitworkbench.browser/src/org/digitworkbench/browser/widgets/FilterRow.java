package org.digitworkbench.browser.widgets;

import java.util.Locale;
import java.util.function.Consumer;

import org.digitworkbench.browser.model.SampleQuery;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The row above the grid: the filters, how many samples they let through, "Classify training set" and the progress
 * of a classification with its Cancel button.
 */
public final class FilterRow {

    private final FilterBar filters;
    private final Label count;
    private final Button train;
    private final ScanProgress progress;

    /**
     * @param changed          hears the query whenever the user changes a filter
     * @param classifyTraining the "Classify training set" button's action
     * @param cancel           the Cancel button's action
     */
    public FilterRow(Composite parent, Consumer<SampleQuery> changed, Runnable classifyTraining, Runnable cancel) {
        Composite row = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(row);
        GridLayoutFactory.fillDefaults().numColumns(11).applyTo(row);
        filters = new FilterBar(row, changed);
        count = new Label(row, SWT.NONE);
        GridDataFactory.swtDefaults().hint(150, SWT.DEFAULT).applyTo(count);
        train = new Button(row, SWT.PUSH);
        train.setText("Classify training set");
        train.setToolTipText("Also classify the 60,000 training samples with the current model");
        train.addListener(SWT.Selection, e -> classifyTraining.run());
        progress = new ScanProgress(row, cancel);
    }

    /** Shows a query set by other means (a click in the confusion matrix). */
    public void showQuery(SampleQuery query) {
        filters.show(query);
    }

    public void showCount(int shown) {
        count.setText(String.format(Locale.ROOT, "%,d shown", shown));
    }

    public void enableTraining(boolean enabled) {
        train.setEnabled(enabled);
    }

    public ScanProgress progress() {
        return progress;
    }

    public Label countLabel() {
        return count;
    }
}
