package org.digitworkbench.app.dialogs;

import java.util.List;
import java.util.function.Function;

import org.digitworkbench.app.model.InstalledViews;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Window > Show View…: the installed views, one to choose (double-click or OK). */
public final class ShowViewDialog extends Dialog {

    public static final String TITLE = "Show View";
    public static final String NO_VIEWS = "No views are installed.";

    private final List<MPartDescriptor> views;
    private TableViewer viewer;
    private MPartDescriptor chosen;

    /** @param views the views to offer, in the order to show them */
    public ShowViewDialog(Shell parent, List<MPartDescriptor> views) {
        super(parent);
        this.views = List.copyOf(views);
    }

    /** The view chosen with OK, or null. */
    public MPartDescriptor chosen() {
        return chosen;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        if (views.isEmpty()) {
            new Label(area, SWT.NONE).setText(NO_VIEWS);
            return area;
        }
        viewer = new TableViewer(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        column("View", 160, InstalledViews::label);
        column("Description", 300, v -> String.valueOf(nonNull(v.getLocalizedTooltip())));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(views);
        viewer.setSelection(new StructuredSelection(views.get(0)));
        viewer.addDoubleClickListener(e -> okPressed());
        GridDataFactory.fillDefaults().grab(true, true).hint(460, 200).applyTo(viewer.getControl());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setEnabled(!views.isEmpty());
    }

    @Override
    protected void okPressed() {
        chosen = (MPartDescriptor) viewer.getStructuredSelection().getFirstElement();
        super.okPressed();
    }

    private void column(String title, int width, Function<MPartDescriptor, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(v -> text.apply((MPartDescriptor) v)));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
