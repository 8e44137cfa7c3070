package org.digitworkbench.ui.draw;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.digitworkbench.api.Topics;
import org.digitworkbench.api.image.InkImage;
import org.digitworkbench.api.ink.Backdrop;
import org.digitworkbench.api.ink.DrawingSnapshot;
import org.digitworkbench.api.ink.Stroke;
import org.digitworkbench.api.reading.Reading;
import org.digitworkbench.ui.preferences.UiPreferences;
import org.digitworkbench.ui.widgets.UiThread;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.EventTopic;
import org.eclipse.e4.core.di.extensions.Preference;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.PersistState;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Draw view: the drawing canvas. Every change of the drawing is published on {@link Topics#DRAWING_CHANGED} (a
 * snapshot that renders the grayscale image on request); Recognize publishes on {@link Topics#DRAWING_RECOGNIZE}.
 * Readings coming back on {@link Topics#READING} are shown as boxes and labels over the digits. Its commands
 * (Recognize, Undo, Clear, Export PNG), their keys, toolbar and view menu come from this bundle's fragment.e4xmi
 * and act on the {@link DrawActions} the part puts into its context.
 */
public final class DrawPart {

    static final String STATE_STROKES = "strokes";

    @Inject
    private Drawing drawing;
    @Inject
    private IEventBroker broker;
    @Inject
    private UISynchronize ui;
    @Inject
    @Optional
    private MPart part;

    private DrawingCanvas canvas;
    private DrawActions actions;
    private final Runnable publish = this::publishChange;

    @PostConstruct
    void createControls(Composite parent, IEclipseContext context) {
        parent.setLayout(new FillLayout());
        canvas = new DrawingCanvas(parent, drawing, UiPreferences.penWidth());
        canvas.addListener(SWT.Resize, e -> publishChange());
        if (drawing.isEmpty() && part != null) {
            drawing.restore(StrokeCodec.decode(part.getPersistedState().get(STATE_STROKES)));
        }
        actions = new DrawActions(drawing, this, broker);
        context.set(DrawActions.class, actions);
        drawing.addListener(publish);
    }

    @Inject
    @Optional
    void penWidthChanged(@Preference(nodePath = UiPreferences.NODE, value = UiPreferences.PEN_WIDTH) String width) {
        if (canvas == null || canvas.isDisposed() || width == null) {
            return;
        }
        int value;
        try {
            value = UiPreferences.clampPen(Integer.parseInt(width.trim()));
        } catch (NumberFormatException e) {
            return;
        }
        canvas.setPenWidth(value);
        publishChange();
    }

    /** Strokes sent by other views (replay) replace the drawing; undo brings the old one back. */
    @Inject
    @Optional
    void load(@EventTopic(Topics.DRAWING_LOAD) List<Stroke> strokes) {
        if (strokes != null) {
            onCanvas(() -> drawing.replace(strokes));
        }
    }

    /** Runs on the UI thread while the canvas exists (events arrive on the event thread). */
    private void onCanvas(Runnable action) {
        UiThread.later(ui, () -> {
            if (canvas != null && !canvas.isDisposed()) {
                action.run();
            }
        });
    }

    /** A picture sent to the canvas (a MNIST sample) replaces the drawing, centred; undo brings the old one back. */
    @Inject
    @Optional
    void loadPicture(@EventTopic(Topics.DRAWING_LOAD_IMAGE) InkImage picture) {
        if (picture != null) {
            onCanvas(() -> {
                Point size = canvas.getSize();
                drawing.showPicture(Backdrop.centred(picture, Math.max(1, size.x), Math.max(1, size.y)));
            });
        }
    }

    /** Publishes the drawing for recognition (Recognize command). */
    public void recognize() {
        DrawingSnapshot snapshot = snapshot();
        if (snapshot != null) {
            broker.post(Topics.DRAWING_RECOGNIZE, snapshot);
        }
    }

    /** Sends the drawing after every change, also while a stroke is drawn (live recognition keeps the newest). */
    private void publishChange() {
        if (actions != null) {
            actions.drawingChanged();
        }
        DrawingSnapshot snapshot = snapshot();
        if (snapshot != null) {
            broker.post(Topics.DRAWING_CHANGED, snapshot);
        }
    }

    /** Boxes and labels over the digits the Prediction view read, while they belong to the drawing shown. */
    @Inject
    @Optional
    void showReading(@EventTopic(Topics.READING) Reading reading) {
        if (reading != null) {
            onCanvas(() -> canvas.setReading(reading));
        }
    }

    /** The drawing now at canvas size (its image is rendered when first asked for); null before layout. */
    public DrawingSnapshot snapshot() {
        if (canvas == null || canvas.isDisposed()) {
            return null;
        }
        Point size = canvas.getSize();
        if (size.x <= 0 || size.y <= 0) {
            return null;
        }
        return new DrawingSnapshot(drawing.version(), drawing.strokes(), drawing.backdrop(), size.x, size.y,
                canvas.penWidth());
    }

    /** Writes the drawing, as shown, to a PNG file. */
    public void exportPng(Path file) throws IOException {
        Point size = canvas.getSize();
        ImageData data = DrawingRenderer.render(canvas.getDisplay(), drawing.backdrop(), drawing.strokes(), size.x,
                size.y, canvas.penWidth());
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } catch (org.eclipse.swt.SWTException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    DrawingCanvas canvas() {
        return canvas;
    }

    @Focus
    void setFocus() {
        canvas.setFocus();
    }

    @PersistState
    void persistState() {
        if (part != null) {
            part.getPersistedState().put(STATE_STROKES, StrokeCodec.encode(drawing.strokes()));
        }
    }

    @PreDestroy
    void dispose() {
        drawing.removeListener(publish);
    }
}
