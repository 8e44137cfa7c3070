package org.digitworkbench.browser.widgets;

import java.util.Locale;
import java.util.function.IntConsumer;

import org.digitworkbench.browser.model.Samples;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * A virtual grid of sample thumbnails: only the rows on screen are painted, thumbnails are made as they appear,
 * so 70,000 samples open and scroll at once. Wrong answers get a red frame and "true → predicted confidence".
 * Click or arrow keys select; the listener hears the selected sample's id. An empty grid says why in words.
 */
public final class SampleGrid extends Canvas {

    public static final int TILE = 56;
    static final int CELL = TILE + 6;

    private Samples samples;
    private int[] ids = new int[0];
    private int selected = -1;
    private IntConsumer selectionListener = id -> { };
    private String emptyText = "";
    private final Thumbnails thumbnails;

    public SampleGrid(Composite parent) {
        super(parent, SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        thumbnails = new Thumbnails(getDisplay(), TILE, 4000);
        addListener(SWT.Paint, this::paint);
        addListener(SWT.Resize, e -> updateScrollBar());
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.KeyDown, this::keyDown);
        addListener(SWT.Dispose, e -> thumbnails.clear());
        getVerticalBar().addListener(SWT.Selection, e -> redraw());
    }

    /** Shows these samples (ids) in this order; the selection is kept if the sample is still shown. */
    public void setSamples(Samples samples, int[] ids) {
        int previous = selectedId();
        this.samples = samples;
        this.ids = ids.clone();
        selected = -1;
        for (int i = 0; i < this.ids.length && previous >= 0; i++) {
            if (this.ids[i] == previous) {
                selected = i;
                break;
            }
        }
        updateScrollBar();
        redraw();
    }

    /** What the grid says when it shows no sample. */
    public void setEmptyText(String text) {
        emptyText = text;
        redraw();
    }

    /** The words on screen while the grid is empty, else null. */
    public String shownText() {
        return ids.length == 0 ? emptyText : null;
    }

    public int count() {
        return ids.length;
    }

    public int idAt(int position) {
        return ids[position];
    }

    /** The id of the selected sample, or -1. */
    public int selectedId() {
        return selected >= 0 && selected < ids.length ? ids[selected] : -1;
    }

    public void select(int position) {
        if (position < 0 || position >= ids.length) {
            return;
        }
        selected = position;
        reveal(position);
        redraw();
        selectionListener.accept(ids[position]);
    }

    public void onSelection(IntConsumer listener) {
        this.selectionListener = listener;
    }

    /** Where a shown position's tile is now, in this control's coordinates (it may be off screen). */
    public Rectangle tileBounds(int position) {
        int columns = columns();
        int row = position / columns - getVerticalBar().getSelection();
        return new Rectangle((position % columns) * CELL + 3, row * CELL + 3, TILE, TILE);
    }

    private int columns() {
        return Math.max(1, getClientArea().width / CELL);
    }

    private int rows() {
        return (ids.length + columns() - 1) / columns();
    }

    private void updateScrollBar() {
        ScrollBar bar = getVerticalBar();
        int visible = Math.max(1, getClientArea().height / CELL);
        bar.setValues(Math.min(bar.getSelection(), Math.max(0, rows() - visible)), 0, Math.max(rows(), 1), visible,
                1, Math.max(1, visible - 1));
    }

    private void reveal(int position) {
        ScrollBar bar = getVerticalBar();
        int row = position / columns();
        int visible = Math.max(1, getClientArea().height / CELL);
        if (row < bar.getSelection()) {
            bar.setSelection(row);
        } else if (row >= bar.getSelection() + visible) {
            bar.setSelection(row - visible + 1);
        }
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        if (samples == null) {
            return;
        }
        if (ids.length == 0) {
            paintText(gc, area);
            return;
        }
        int columns = columns();
        int firstRow = getVerticalBar().getSelection();
        int lastRow = firstRow + area.height / CELL + 1;
        for (int row = firstRow; row <= lastRow; row++) {
            for (int col = 0; col < columns; col++) {
                int position = row * columns + col;
                if (position >= ids.length) {
                    return;
                }
                paintTile(gc, position, col * CELL + 3, (row - firstRow) * CELL + 3);
            }
        }
    }

    private void paintText(GC gc, Rectangle area) {
        TextLayout layout = new TextLayout(getDisplay());
        try {
            layout.setText(emptyText);
            layout.setWidth(Math.max(100, Math.min(600, area.width - 32)));
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            layout.draw(gc, 16, 16);
        } finally {
            layout.dispose();
        }
    }

    private void paintTile(GC gc, int position, int x, int y) {
        int id = ids[position];
        gc.drawImage(thumbnails.get(samples, id), x, y);
        if (samples.isWrong(id)) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
            gc.setLineWidth(2);
            gc.drawRectangle(x, y, TILE - 1, TILE - 1);
            String label = String.format(Locale.ROOT, "%d→%d %.0f%%", samples.label(id), samples.predicted(id),
                    samples.confidence(id) * 100);
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_RED));
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
            int h = gc.getFontMetrics().getHeight();
            gc.fillRectangle(x, y + TILE - h, TILE, h);
            gc.drawText(label, x + 1, y + TILE - h, true);
        }
        if (position == selected) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.setLineWidth(3);
            gc.drawRectangle(x - 2, y - 2, TILE + 3, TILE + 3);
        }
    }

    private void mouseDown(Event e) {
        setFocus();
        int col = e.x / CELL;
        int row = e.y / CELL + getVerticalBar().getSelection();
        if (col < columns()) {
            select(row * columns() + col);
        }
    }

    private void keyDown(Event e) {
        int step = switch (e.keyCode) {
            case SWT.ARROW_LEFT -> -1;
            case SWT.ARROW_RIGHT -> 1;
            case SWT.ARROW_UP -> -columns();
            case SWT.ARROW_DOWN -> columns();
            case SWT.PAGE_DOWN -> columns() * Math.max(1, getClientArea().height / CELL);
            case SWT.PAGE_UP -> -columns() * Math.max(1, getClientArea().height / CELL);
            default -> 0;
        };
        if (step != 0 && ids.length > 0) {
            select(Math.max(0, Math.min(ids.length - 1, Math.max(selected, 0) + step)));
        }
    }
}
