package org.digitworkbench.ui.prediction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.digitworkbench.api.ink.HandwrittenNumbers;
import org.digitworkbench.api.ink.Stroke;
import org.digitworkbench.api.reading.Reading;
import org.digitworkbench.tests.support.PartHarness;
import org.digitworkbench.tests.support.SwtRobot;
import org.digitworkbench.ui.draw.DrawPart;
import org.digitworkbench.ui.draw.Drawing;
import org.digitworkbench.ui.draw.DrawingCanvas;
import org.digitworkbench.ui.draw.commands.ClearHandler;
import org.digitworkbench.ui.preferences.UiPreferences;
import org.eclipse.swt.widgets.Control;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The real Draw and Prediction parts side by side in a real Shell, the real classifier service behind them,
 * driven with real pen strokes through the mouse.
 * Subclasses hold the tests; this opens and closes the views around each.
 */
abstract class PredictionViews {

    PartHarness harness;
    Drawing drawing;
    DrawPart draw;
    PredictionPart prediction;
    SwtRobot robot;
    Control canvas;

    @BeforeEach
    void openParts() {
        UiPreferences.setPenWidth(UiPreferences.DEFAULT_PEN_WIDTH);
        UiPreferences.setLive(true);
        harness = new PartHarness(1500, 760);
        drawing = new Drawing();
        harness.context.set(Drawing.class, drawing);
        draw = harness.make(DrawPart.class);
        prediction = harness.make(PredictionPart.class);
        harness.open();
        robot = harness.robot;
        canvas = harness.find(DrawingCanvas.class);
        assertTrue(robot.waitUntil(() -> !PredictionPart.LOADING.equals(prediction.hintLabel().getText()), 120_000),
                "the model service arrived");
    }

    @AfterEach
    void close() {
        harness.close();
        UiPreferences.setLive(true);
        UiPreferences.setPenWidth(UiPreferences.DEFAULT_PEN_WIDTH);
    }

    /** Waits until the view shows the reading of the drawing as it is now. */
    Reading currentReading() {
        assertTrue(robot.waitUntil(() -> prediction.shown() != null
                && prediction.shown().version() == drawing.version(), 10_000),
                "the view shows the reading of drawing version " + drawing.version());
        return prediction.shown();
    }

    void drawStrokes(List<Stroke> strokes) {
        harness.execute(ClearHandler.class, draw);
        for (Stroke s : strokes) {
            robot.draw(canvas, s);
        }
    }

    Reading drawWritten(HandwrittenNumbers.Written w) {
        drawStrokes(w.strokes().stream().map(s -> s.transformed(1f, 20, 20)).toList());
        return currentReading();
    }
}
