package org.digitworkbench.ui.preferences;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

/** Edits {@link UiPreferences}; OK stores them, and open views follow at once. */
public final class PreferencesDialog extends Dialog {

    private Spinner penWidth;
    private Button live;

    public PreferencesDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Preferences");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
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
    protected void okPressed() {
        UiPreferences.setPenWidth(penWidth.getSelection());
        UiPreferences.setLive(live.getSelection());
        super.okPressed();
    }
}
