package org.digitworkbench.app.keys;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.KeySequenceText;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.FocusAdapter;
import org.eclipse.swt.events.FocusEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.inject.Inject;

/**
 * Every key binding of the application; the selected one gets new keys by pressing them in the Keys field. OK
 * applies them at once and keeps them in the preferences ({@link KeyOverrides}); Restore Defaults brings back
 * the keys the bundles gave.
 */
public final class KeysPreferencePage extends PreferencePage {

    static final String FIELD_HINT = "Select a command, click in the field and press the new keys.";

    @Inject
    private MApplication application;

    private final IEclipsePreferences prefs = KeyOverrides.node();
    private List<KeyRow> rows = List.of();
    private TableViewer viewer;
    private Text field;
    private KeySequenceText keys;
    private KeyRow selected;
    private KeyConflicts conflicts;

    public KeysPreferencePage() {
        super("Keys");
        setDescription("The keys that run commands. " + FIELD_HINT);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(area);
        rows = KeyRow.of(application);
        conflicts = new KeyConflicts(application);
        viewer = new TableViewer(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column("Command", 180, KeyRow::command);
        column("When", 170, KeyRow::context);
        column("Keys", 110, KeyRow::keys);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(rows);
        viewer.addSelectionChangedListener(e -> select((KeyRow) viewer.getStructuredSelection().getFirstElement()));
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(460, 220).applyTo(viewer.getControl());
        new Label(area, SWT.NONE).setText("Keys:");
        field = new Text(area, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(field);
        keys = new KeySequenceText(field);
        keys.addPropertyChangeListener(e -> typed(keys.getKeySequence()));
        field.addFocusListener(new FocusAdapter() {
            @Override
            public void focusGained(FocusEvent e) { // new keys replace the old ones instead of being appended
                field.getDisplay().asyncExec(() -> {
                    if (!field.isDisposed()) {
                        field.selectAll();
                    }
                });
            }
        });
        select(null);
        return area;
    }

    private void column(String title, int width, Function<KeyRow, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(row -> text.apply((KeyRow) row)));
    }

    private void select(KeyRow row) {
        selected = row;
        field.setEnabled(row != null && row.editable());
        keys.setKeySequence(row == null ? KeySequence.getInstance() : row.chosen());
    }

    /** Keeps what the user pressed once it is a whole sequence (a modifier alone is not). */
    private void typed(KeySequence sequence) {
        if (selected != null && selected.editable() && !sequence.isEmpty() && sequence.isComplete()
                && !sequence.equals(selected.chosen())) {
            selected.choose(sequence);
            viewer.update(selected, null);
            showConflicts();
        }
    }

    /** Keys twice in one context keep the page from being applied; keys a nested context overrides are named. */
    private void showConflicts() {
        String clash = KeyConflicts.clash(rows);
        setErrorMessage(clash);
        setValid(clash == null);
        String shadowing = selected == null ? null : conflicts.shadowing(selected, rows);
        setMessage(shadowing, shadowing == null ? NONE : WARNING);
    }

    @Override
    protected void performDefaults() {
        rows.forEach(KeyRow::chooseDefault);
        viewer.refresh();
        select(selected);
        showConflicts();
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        for (KeyRow row : rows) {
            if (row.editable()) {
                KeyOverrides.choose(row.table, row.binding, row.chosen(), prefs);
            }
        }
        KeyOverrides.flush(prefs);
        return true;
    }
}
