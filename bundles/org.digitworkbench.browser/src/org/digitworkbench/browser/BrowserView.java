package org.digitworkbench.browser;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.browser.model.BrowserTexts;
import org.digitworkbench.browser.model.SampleQuery;
import org.digitworkbench.browser.model.Samples;
import org.digitworkbench.browser.model.Split;
import org.digitworkbench.browser.widgets.FilterRow;
import org.digitworkbench.browser.widgets.SampleGrid;
import org.digitworkbench.browser.widgets.SidePane;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * The browser's page once MNIST is read: the filter row, the grid of the samples the filters let through, and
 * beside it the status, the confusion matrix and the selected sample — kept showing the {@link BrowserState}.
 */
final class BrowserView implements ClassificationController.View {

    /** What the page's buttons do. */
    record Buttons(Runnable classifyTraining, Runnable cancel, Runnable sendToDraw, Runnable explain) {
    }

    private final BrowserState state;
    private final BooleanSupplier classifying;
    private final Supplier<String> whyNotSend;
    private final Runnable changed;
    private final Composite page;
    private final FilterRow filters;
    private final SampleGrid grid;
    private final SidePane side;

    /**
     * @param classifying whether MNIST is being classified now
     * @param whyNotSend  why Send to Draw is not possible, or null
     * @param changed     told after anything shown changed (the commands' enablement may have)
     */
    BrowserView(Composite parent, BrowserState state, Buttons buttons, BooleanSupplier classifying,
            Supplier<String> whyNotSend, Runnable changed) {
        this.state = state;
        this.classifying = classifying;
        this.whyNotSend = whyNotSend;
        this.changed = changed;
        page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(4, 4).applyTo(page);
        filters = new FilterRow(page, q -> {
            state.query(q);
            refresh();
        }, buttons.classifyTraining(), buttons.cancel());
        grid = new SampleGrid(page);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(grid);
        grid.onSelection(this::showDetail);
        side = new SidePane(page, this::filterByCell, buttons.sendToDraw(), buttons.explain());
    }

    /** Shows the samples of a confusion-matrix cell: the splits shown, that true and that predicted digit. */
    void filterByCell(int truth, int predicted) {
        setQuery(new SampleQuery(state.query().scope(), truth, predicted, SampleQuery.Result.ANY,
                SampleQuery.Order.CONFIDENTLY_WRONG));
    }

    /** Sets the filter (and the controls showing it). */
    void setQuery(SampleQuery q) {
        state.query(q);
        filters.showQuery(q);
        refresh();
    }

    /** Shows the state: grid, count, matrix, status, the training button and the selected sample. */
    @Override
    public void refresh() {
        Samples s = state.samples();
        if (s == null || grid.isDisposed()) {
            return;
        }
        SampleQuery query = state.query();
        int[] ids = query.run(s);
        grid.setEmptyText(BrowserTexts.emptyGrid(query, s));
        grid.setSamples(s, ids);
        filters.showCount(ids.length);
        side.matrix().setCounts(s.confusion(query.scope().splits));
        DigitClassifier model = state.classifier();
        side.showStatus(BrowserTexts.status(s, model == null ? null : model.info().name(),
                classifying.getAsBoolean()));
        filters.enableTraining(model != null && s.predictions(Split.TRAIN) == null);
        page.layout(true, true);
        showDetail(grid.selectedId());
    }

    /** The sample {@code id} enlarged with the model's answer, or a hint when none is selected (-1). */
    void showDetail(int id) {
        Samples s = state.samples();
        boolean has = s != null && id >= 0;
        side.detail().enableActions(has, whyNotSend.get(), has && state.classifier() != null);
        if (has) {
            side.detail().show(s, id);
        } else {
            side.detail().showNothing();
        }
        changed.run();
    }

    /** A classification's progress; {@code task} null hides it. */
    @Override
    public void showProgress(String task, int percent) {
        if (task == null) {
            filters.progress().hide();
        } else {
            filters.progress().show(task, percent);
        }
        changed.run();
    }

    boolean isScanShown() {
        return filters.progress().isShowing();
    }

    /** The selected sample's id, or -1. */
    int selectedId() {
        return grid.isDisposed() ? -1 : grid.selectedId();
    }

    Composite control() {
        return page;
    }

    SampleGrid grid() {
        return grid;
    }

    SidePane side() {
        return side;
    }

    FilterRow filters() {
        return filters;
    }
}
