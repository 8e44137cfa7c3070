package org.digitworkbench.ui.preferences;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

/** Pen width and live recognition, stored in {@link UiPreferences}; open views follow at once. */
public final class DrawingPreferencePage extends PreferencePage {

    private Spinner penWidth;
    private Button live;

    public DrawingPreferencePage() {
        super("Drawing");
        setDescription("How the Draw view's pen draws, and when the Prediction view reads.");
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(area);
        new Label(area, SWT.NONE).setText("Pen width (pixels):");
        penWidth = new Spinner(area, SWT.BORDER);
        penWidth.setValues(UiPreferences.penWidth(), UiPreferences.MIN_PEN_WIDTH, UiPreferences.MAX_PEN_WIDTH, 0,
                1, 4);
        live = new Button(area, SWT.CHECK);
        live.setText("Recognise while drawing (live)");
        live.setSelection(UiPreferences.live());
        GridDataFactory.swtDefaults().span(2, 1).applyTo(live);
        Label hint = new Label(area, SWT.WRAP);
        hint.setText("Without live recognition, press Enter or Recognize in the Draw view.");
        GridDataFactory.fillDefaults().span(2, 1).hint(320, SWT.DEFAULT).applyTo(hint);
        return area;
    }

    @Override
    protected void performDefaults() {
        penWidth.setSelection(UiPreferences.DEFAULT_PEN_WIDTH);
        live.setSelection(UiPreferences.DEFAULT_LIVE);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        if (penWidth != null) { // null when the page was never shown: nothing to store
            UiPreferences.setPenWidth(penWidth.getSelection());
            UiPreferences.setLive(live.getSelection());
        }
        return true;
    }
}
