package org.digitworkbench.ui.draw;

import org.digitworkbench.ui.preferences.UiPreferences;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Preference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** "Pen width" in the Draw view's toolbar: edits the preference every Draw view follows. */
public final class PenWidthControl {

    private Spinner spinner;

    @PostConstruct
    void createControls(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 0).applyTo(box);
        Label label = new Label(box, SWT.NONE);
        label.setText("Pen width:");
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
        spinner = new Spinner(box, SWT.BORDER);
        spinner.setValues(UiPreferences.penWidth(), UiPreferences.MIN_PEN_WIDTH, UiPreferences.MAX_PEN_WIDTH, 0, 1,
                4);
        spinner.setToolTipText("Pen width in pixels (also in Window > Preferences)");
        spinner.addListener(SWT.Selection, e -> UiPreferences.setPenWidth(spinner.getSelection()));
    }

    @Inject
    @Optional
    void penWidthChanged(@Preference(nodePath = UiPreferences.NODE, value = UiPreferences.PEN_WIDTH) String width) {
        if (spinner == null || spinner.isDisposed() || width == null) {
            return;
        }
        try {
            int value = UiPreferences.clampPen(Integer.parseInt(width.trim()));
            if (spinner.getSelection() != value) {
                spinner.setSelection(value);
            }
        } catch (NumberFormatException e) {
            // a hand-edited preference that is not a number: the canvas ignores it too
        }
    }

    Spinner spinner() {
        return spinner;
    }
}
