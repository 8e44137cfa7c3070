package org.digitworkbench.ui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.digitworkbench.api.Topics;
import org.digitworkbench.api.image.Bounds;
import org.digitworkbench.api.ink.DrawingSnapshot;
import org.digitworkbench.api.ink.Stroke;
import org.digitworkbench.api.ink.Strokes;
import org.digitworkbench.api.ink.UnipenReader;
import org.digitworkbench.tests.support.PartHarness;
import org.digitworkbench.tests.support.SwtRobot;
import org.digitworkbench.tests.support.TestData;
import org.digitworkbench.ui.draw.commands.ClearHandler;
import org.digitworkbench.ui.draw.commands.ExportHandler;
import org.digitworkbench.ui.draw.commands.RecognizeHandler;
import org.digitworkbench.ui.draw.commands.UndoHandler;
import org.digitworkbench.ui.preferences.UiPreferences;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.di.PersistState;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Spinner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Draw part in a real Shell, driven by mouse and keyboard events posted to the X server. */
class DrawPartTest {

    private static final Stroke DIAGONAL = new Stroke(new float[] {100, 80, 140, 110, 180, 140, 220, 170, 260, 200,
            300, 230});

    private PartHarness harness;
    private Drawing drawing;
    private DrawPart part;
    private SwtRobot robot;
    private List<DrawingSnapshot> changes;
    private List<DrawingSnapshot> recognitions;

    @BeforeEach
    void openPart() {
        UiPreferences.setPenWidth(UiPreferences.DEFAULT_PEN_WIDTH);
        harness = new PartHarness(560, 460);
        drawing = new Drawing();
        harness.context.set(Drawing.class, drawing);
        changes = harness.record(Topics.DRAWING_CHANGED, DrawingSnapshot.class);
        recognitions = harness.record(Topics.DRAWING_RECOGNIZE, DrawingSnapshot.class);
        part = harness.make(DrawPart.class);
        harness.open();
        robot = harness.robot;
    }

    @AfterEach
    void closePart() {
        harness.close();
    }

    private DrawingCanvas canvas() {
        return part.canvas();
    }

    /** The published snapshot of the drawing as it is now, waiting for its asynchronous delivery. */
    private DrawingSnapshot currentChange() {
        assertTrue(robot.waitUntil(() -> !changes.isEmpty()
                && changes.get(changes.size() - 1).version() == drawing.version(), 3000),
                "no drawing-changed event for version " + drawing.version() + "; got " + changes.size() + " events");
        return changes.get(changes.size() - 1);
    }

    @Test
    void mouseDragDrawsAStrokeOnTheCanvasAndPublishesIt() {
        robot.draw(canvas(), DIAGONAL);
        List<Stroke> strokes = drawing.strokes();
        assertEquals(1, strokes.size());
        Stroke s = strokes.get(0);
        assertEquals(100, s.x(0), 1.0);
        assertEquals(80, s.y(0), 1.0);
        assertEquals(300, s.x(s.size() - 1), 1.0);
        assertEquals(230, s.y(s.size() - 1), 1.0);

        ImageData screen = robot.capture(canvas());
        assertTrue(SwtRobot.luminance(screen, 200, 155) < 60, "ink on screen in the middle of the stroke");
        Point size = canvas().getSize();
        assertTrue(SwtRobot.luminance(screen, 60, size.y - 10) > 240, "white paper away from the stroke");

        DrawingSnapshot snapshot = currentChange();
        assertEquals(1, snapshot.strokes().size());
        assertEquals(size.x, snapshot.image().width());
        assertEquals(size.y, snapshot.image().height());
        assertTrue(snapshot.image().get(200, 155) > 0.8f, "the published image has the ink where the user drew");
        assertTrue(snapshot.image().get(60, size.y - 10) < 0.01f);
        Bounds ink = Bounds.ofInk(snapshot.image(), 0.5f);
        float r = snapshot.penWidth() / 2;
        assertEquals(100 - r, ink.x0(), 2.5);
        assertEquals(300 + r, ink.x1(), 2.5);
    }

    @Test
    void undoAndClearCommandsFollowTheDrawingAndAreEnabledOnlyWhenTheyCanDoSomething() {
        assertFalse(harness.canExecute(UndoHandler.class, part), "Undo disabled on an empty canvas");
        assertFalse(harness.canExecute(ClearHandler.class, part), "Clear disabled on an empty canvas");
        assertFalse(harness.canExecute(ExportHandler.class, part), "Export disabled on an empty canvas");
        assertTrue(harness.canExecute(RecognizeHandler.class, part));

        robot.draw(canvas(), DIAGONAL);
        robot.draw(canvas(), new Stroke(new float[] {120, 300, 320, 300}));
        assertEquals(2, drawing.strokes().size());
        assertTrue(harness.canExecute(ClearHandler.class, part) && harness.canExecute(ExportHandler.class, part));

        assertTrue(harness.execute(UndoHandler.class, part));
        assertEquals(1, drawing.strokes().size(), "Undo removes the last stroke");
        assertTrue(SwtRobot.luminance(robot.capture(canvas()), 220, 300) > 240, "the undone stroke is gone");

        assertTrue(harness.execute(ClearHandler.class, part));
        assertTrue(drawing.isEmpty(), "Clear clears");
        assertEquals(0, currentChange().strokes().size());
        assertFalse(harness.canExecute(ClearHandler.class, part), "nothing left to clear");
        assertTrue(harness.canExecute(UndoHandler.class, part), "a clear can be undone");
        assertTrue(harness.execute(UndoHandler.class, part));
        assertEquals(1, drawing.strokes().size(), "a clear can be undone: nothing is lost");
    }

    @Test
    void enablementIsReEvaluatedWhenStateFlipsNotOnEveryMouseMove() {
        List<String> updates = harness.record(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, String.class);
        robot.draw(canvas(), DIAGONAL);
        assertTrue(robot.waitUntil(() -> changes.size() >= 6, 3000), "the stroke was published point by point");
        robot.draw(canvas(), new Stroke(new float[] {120, 300, 320, 300}));
        assertTrue(robot.waitUntil(() -> !updates.isEmpty(), 3000), "enablement asked for when the canvas got ink");
        int afterDrawing = updates.size();
        assertTrue(afterDrawing <= 2, afterDrawing + " enablement updates for two strokes of " + changes.size()
                + " changes");
        harness.execute(ClearHandler.class, part);
        assertTrue(robot.waitUntil(() -> updates.size() == afterDrawing + 1, 3000), "Clear empties the canvas");
    }

    @Test
    void recognizeCommandAsksForRecognition() {
        robot.draw(canvas(), DIAGONAL);
        assertTrue(harness.execute(RecognizeHandler.class, part));
        assertTrue(robot.waitUntil(() -> recognitions.size() == 1, 3000), "Recognize publishes a request");
        assertEquals(1, recognitions.get(0).strokes().size());
    }

    @Test
    void handlersAreDisabledOutsideTheDrawView() {
        Object other = harness.make(Object.class);
        assertFalse(harness.canExecute(RecognizeHandler.class, other));
        assertFalse(harness.canExecute(UndoHandler.class, other));
    }

    @Test
    void canvasFollowsTheViewSizeAndKeepsTheDrawing() {
        robot.draw(canvas(), DIAGONAL);
        Point before = canvas().getSize();
        harness.shell.setSize(760, 600);
        robot.settle();
        Point after = canvas().getSize();
        assertTrue(after.x > before.x + 150 && after.y > before.y + 100, before + " -> " + after);
        DrawingSnapshot snapshot = part.snapshot();
        assertEquals(after.x, snapshot.image().width());
        assertEquals(after.y, snapshot.image().height());
        assertEquals(1, snapshot.strokes().size());
        assertTrue(SwtRobot.luminance(robot.capture(canvas()), 200, 155) < 60, "the stroke stays where it was");
        assertTrue(SwtRobot.luminance(robot.capture(canvas()), after.x - 20, after.y - 20) > 240,
                "the new area is white paper");
    }

    @Test
    void exportWritesThePngTheUserSees() throws IOException {
        robot.draw(canvas(), DIAGONAL);
        Path file = TestData.outputDirectory().resolve("draw-export.png");
        Files.deleteIfExists(file);
        part.exportPng(file);
        ImageData png = new ImageLoader().load(file.toString())[0];
        assertEquals(canvas().getSize().x, png.width);
        assertEquals(canvas().getSize().y, png.height);
        assertTrue(SwtRobot.luminance(png, 200, 155) < 60);
        assertTrue(SwtRobot.luminance(png, 60, png.height - 10) > 240);
    }

    @Test
    void penWidthSpinnerChangesThePreferenceAndTheStrokes() {
        robot.draw(canvas(), new Stroke(new float[] {100, 200, 400, 200}));
        int thin = inkRun(robot.capture(canvas()), 250);
        Spinner spinner = harness.make(PenWidthControl.class).spinner();
        spinner.setSelection(48);
        spinner.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        robot.settle();
        assertEquals(48, UiPreferences.penWidth());
        assertTrue(robot.waitUntil(() -> canvas().penWidth() == 48f, 3000), "the canvas follows the preference");
        int thick = inkRun(robot.capture(canvas()), 250);
        assertEquals(UiPreferences.DEFAULT_PEN_WIDTH, thin, 3);
        assertEquals(48, thick, 3);
    }

    @Test
    void strokesAreSavedWithTheLayoutAndRestored() {
        robot.draw(canvas(), DIAGONAL);
        MPart model = MBasicFactory.INSTANCE.createPart();
        harness.context.set(MPart.class, model);
        DrawPart saved = harness.make(DrawPart.class);
        ContextInjectionFactory.invoke(saved, PersistState.class, harness.context);
        String state = model.getPersistedState().get(DrawPart.STATE_STROKES);
        assertFalse(state == null || state.isBlank());

        Drawing fresh = new Drawing();
        harness.context.set(Drawing.class, fresh);
        harness.make(DrawPart.class);
        assertEquals(drawing.strokes().size(), fresh.strokes().size());
        assertEquals(drawing.strokes().get(0).size(), fresh.strokes().get(0).size());
        assertEquals(drawing.strokes().get(0).x(0), fresh.strokes().get(0).x(0), 0.11);
    }

    /** Real handwriting from several writers, replayed through the mouse, arrives as the same strokes. */
    @Test
    void realPenDigitsReplayedWithTheMouse() throws IOException {
        List<UnipenReader.PenDigit> digits = TestData.penDigits();
        Point size = canvas().getSize();
        for (int i = 0; i < digits.size(); i += 751) {
            UnipenReader.PenDigit digit = digits.get(i);
            List<Stroke> source = Strokes.fit(digit.strokes(), size.x, size.y, 50);
            drawing.clear();
            for (Stroke s : source) {
                robot.draw(canvas(), s);
            }
            List<Stroke> drawn = drawing.strokes();
            assertEquals(source.size(), drawn.size(), "digit " + i + " (writer " + digit.writer() + ")");
            for (int k = 0; k < source.size(); k++) {
                Stroke a = source.get(k);
                Stroke b = drawn.get(k);
                assertEquals(a.x(0), b.x(0), 1.0);
                assertEquals(a.y(0), b.y(0), 1.0);
                assertEquals(a.x(a.size() - 1), b.x(b.size() - 1), 1.0);
                assertEquals(a.y(a.size() - 1), b.y(b.size() - 1), 1.0);
            }
            DrawingSnapshot snapshot = currentChange();
            assertEquals(source.size(), snapshot.strokes().size());
            Bounds ink = Bounds.ofInk(snapshot.image(), 0.5f);
            float r = snapshot.penWidth() / 2;
            float minX = (float) source.stream().mapToDouble(Stroke::minX).min().orElseThrow();
            float maxY = (float) source.stream().mapToDouble(Stroke::maxY).max().orElseThrow();
            assertEquals(minX - r, ink.x0(), 5.0, "left edge of the ink, digit " + i);
            assertEquals(maxY + r, ink.y1(), 5.0, "bottom edge of the ink, digit " + i);
        }
    }

    @Test
    void strokesAndPicturesSentByOtherViewsReplaceTheDrawingAndCanBeUndone() {
        robot.draw(canvas(), DIAGONAL);
        harness.broker().post(Topics.DRAWING_LOAD, List.of(new Stroke(new float[] {50, 50, 60, 300})));
        assertTrue(robot.waitUntil(() -> drawing.strokes().size() == 1 && drawing.strokes().get(0).x(0) == 50f,
                3000), "the strokes sent arrived on the canvas");
        float[] ink = new float[28 * 28];
        for (int y = 4; y < 24; y++) {
            ink[y * 28 + 14] = 1f;
        }
        harness.broker().post(Topics.DRAWING_LOAD_IMAGE, new org.digitworkbench.api.image.InkImage(28, 28, ink));
        assertTrue(robot.waitUntil(() -> drawing.backdrop() != null, 3000), "the picture sent arrived");
        assertTrue(drawing.strokes().isEmpty());
        DrawingSnapshot snapshot = currentChange();
        assertTrue(snapshot.backdrop() != null);
        var b = snapshot.backdrop();
        float centreX = b.x() + b.size() * 14.5f / 28;
        float centreY = b.y() + b.size() / 2;
        assertTrue(snapshot.image().get(Math.round(centreX), Math.round(centreY)) > 0.9f, "the picture's ink");
        assertTrue(SwtRobot.luminance(robot.capture(canvas()), Math.round(centreX), Math.round(centreY)) < 60,
                "the picture is shown on the canvas");
        assertTrue(harness.execute(UndoHandler.class, part));
        assertTrue(drawing.backdrop() == null && drawing.strokes().get(0).x(0) == 50f, "undo brings back the strokes");
    }

    /** Width in pixels of the dark run crossing column x of a horizontal stroke. */
    private static int inkRun(ImageData screen, int x) {
        int run = 0;
        for (int y = 0; y < screen.height; y++) {
            if (SwtRobot.luminance(screen, x, y) < 128) {
                run++;
            }
        }
        return run;
    }

}
