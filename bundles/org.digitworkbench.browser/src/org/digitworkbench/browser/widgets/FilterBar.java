package org.digitworkbench.browser.widgets;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.digitworkbench.browser.model.SampleQuery;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/**
 * The choices that filter the grid, one drop-down each: which samples, true digit, predicted digit, right or
 * wrong, order. The listener hears the query they make whenever the user changes one.
 */
public final class FilterBar {

    private final Combo scope;
    private final Combo truth;
    private final Combo predicted;
    private final Combo result;
    private final Combo order;

    /** Adds the drop-downs to {@code parent} (five cells of its layout). */
    public FilterBar(Composite parent, Consumer<SampleQuery> changed) {
        Runnable listener = () -> changed.accept(query());
        scope = combo(parent, "Which samples", Stream.of(SampleQuery.Scope.values()).map(s -> s.label), listener);
        truth = combo(parent, "True digit", digitChoices("Any true digit"), listener);
        predicted = combo(parent, "Digit the model predicted", digitChoices("Any prediction"), listener);
        result = combo(parent, "Right or wrong answers", Stream.of(SampleQuery.Result.values()).map(r -> r.label),
                listener);
        order = combo(parent, "Order", Stream.of(SampleQuery.Order.values()).map(o -> o.label), listener);
    }

    private static Combo combo(Composite parent, String tooltip, Stream<String> items, Runnable listener) {
        Combo c = new Combo(parent, SWT.READ_ONLY);
        c.setItems(items.toArray(String[]::new));
        c.select(0);
        c.setToolTipText(tooltip);
        c.addListener(SWT.Selection, e -> listener.run());
        return c;
    }

    private static Stream<String> digitChoices(String any) {
        return Stream.concat(Stream.of(any), Stream.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
    }

    public SampleQuery query() {
        return new SampleQuery(SampleQuery.Scope.values()[scope.getSelectionIndex()], truth.getSelectionIndex() - 1,
                predicted.getSelectionIndex() - 1, SampleQuery.Result.values()[result.getSelectionIndex()],
                SampleQuery.Order.values()[order.getSelectionIndex()]);
    }

    /** Shows a query set by other means (a click in the confusion matrix). */
    public void show(SampleQuery q) {
        scope.select(q.scope().ordinal());
        truth.select(q.trueLabel() + 1);
        predicted.select(q.predictedLabel() + 1);
        result.select(q.result().ordinal());
        order.select(q.order().ordinal());
    }
}
