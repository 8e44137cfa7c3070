package org.digitworkbench.app.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.digitworkbench.app.DialogWatch;
import org.digitworkbench.app.ViewModels;
import org.digitworkbench.app.model.InstalledViews;
import org.digitworkbench.tests.support.PartHarness;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Window > Show View…'s dialog on a model with the product's three views and a part that is not a view. */
class ShowViewDialogTest {

    private PartHarness harness;
    private ViewModels model;
    private ShowViewDialog dialog;

    @BeforeEach
    void open() {
        harness = new PartHarness(300, 200);
        harness.open();
        model = new ViewModels().withProductViews();
    }

    @AfterEach
    void close() {
        if (dialog != null && dialog.getShell() != null) {
            dialog.close();
        }
        harness.close();
    }

    @Test
    void listsExactlyTheViewsByLabelWithTheirDescriptions() {
        open(InstalledViews.of(model.application));
        assertEquals(List.of(
                List.of("Draw", "Draw digits with the mouse"),
                List.of("MNIST Browser", "The MNIST digits and the model's mistakes"),
                List.of("Prediction", "What the network reads in the drawing")), rows());
    }

    @Test
    void aDoubleClickChoosesTheView() {
        open(InstalledViews.of(model.application));
        Table table = table();
        Rectangle row = item("Prediction").getBounds(0);
        harness.robot.moveTo(table, row.x + row.width / 2f, row.y + row.height / 2f);
        harness.robot.press(1);
        harness.robot.release(1);
        harness.robot.press(1);
        harness.robot.release(1);
        harness.robot.settle();
        assertEquals(Window.OK, dialog.getReturnCode());
        assertNull(dialog.getShell(), "the dialog closed");
        assertSame(model.descriptor(ViewModels.PREDICTION), dialog.chosen());
    }

    @Test
    void okChoosesTheSelectedView() {
        open(InstalledViews.of(model.application));
        harness.robot.click(table(), item("MNIST Browser").getBounds(0));
        clickIn(DialogWatch.button(dialog.getShell(), "OK"));
        assertEquals(Window.OK, dialog.getReturnCode());
        assertSame(model.descriptor(ViewModels.BROWSER), dialog.chosen());
    }

    @Test
    void cancelChoosesNothing() {
        open(InstalledViews.of(model.application));
        clickIn(DialogWatch.button(dialog.getShell(), "Cancel"));
        assertEquals(Window.CANCEL, dialog.getReturnCode());
        assertNull(dialog.chosen());
    }

    @Test
    void withoutViewsItSaysSoAndOkIsDisabled() {
        open(InstalledViews.of(new ViewModels().application));
        List<String> texts = DialogWatch.all(dialog.getShell(), Label.class).stream().map(Label::getText).toList();
        assertTrue(texts.contains(ShowViewDialog.NO_VIEWS), texts::toString);
        assertTrue(DialogWatch.all(dialog.getShell(), Table.class).isEmpty());
        assertFalse(DialogWatch.button(dialog.getShell(), "OK").isEnabled());
    }

    private void open(List<org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor> views) {
        dialog = new ShowViewDialog(harness.shell, views);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.getShell().forceActive();
        harness.robot.settle();
    }

    private Table table() {
        return DialogWatch.all(dialog.getShell(), Table.class).get(0);
    }

    private TableItem item(String label) {
        return Arrays.stream(table().getItems()).filter(i -> i.getText(0).equals(label)).findFirst().orElseThrow();
    }

    private List<List<String>> rows() {
        return Arrays.stream(table().getItems()).map(i -> List.of(i.getText(0), i.getText(1))).toList();
    }

    private void clickIn(Control control) {
        Point size = control.getSize();
        harness.robot.click(control, new Rectangle(0, 0, size.x, size.y));
    }
}
