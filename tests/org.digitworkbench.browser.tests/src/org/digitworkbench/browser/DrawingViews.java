package org.digitworkbench.browser;

import java.util.List;

import org.digitworkbench.api.Topics;
import org.digitworkbench.api.ink.Stroke;
import org.digitworkbench.api.ink.Strokes;
import org.digitworkbench.api.reading.Reading;
import org.digitworkbench.tests.support.PartHarness;
import org.digitworkbench.ui.draw.DrawPart;
import org.digitworkbench.ui.draw.Drawing;
import org.digitworkbench.ui.draw.DrawingCanvas;
import org.digitworkbench.ui.prediction.PredictionPart;
import org.eclipse.swt.graphics.Point;

/**
 * The real Draw and Prediction views in a window of their own below the browser's, as in the workbench's layout,
 * with every reading the Prediction view sends out.
 */
final class DrawingViews implements AutoCloseable {

    final PartHarness harness;
    final Drawing drawing = new Drawing();
    final List<Reading> readings;

    DrawingViews(int top) {
        harness = new PartHarness(1500, 420);
        harness.shell.setLocation(10, top);
        harness.context.set(Drawing.class, drawing);
        readings = harness.record(Topics.READING, Reading.class);
        harness.make(DrawPart.class);
        harness.make(PredictionPart.class);
    }

    /** Recorded handwriting fitted to the canvas as a person would write it there. */
    List<Stroke> fitted(List<Stroke> handwriting) {
        Point size = harness.find(DrawingCanvas.class).getSize();
        return Strokes.fit(handwriting, size.x, size.y, size.y * 0.15f);
    }

    /** Clears the canvas (what the Draw view's Clear command does) and draws the strokes with the mouse. */
    void draw(List<Stroke> strokes) {
        drawing.clear();
        DrawingCanvas canvas = harness.find(DrawingCanvas.class);
        for (Stroke stroke : strokes) {
            harness.robot.draw(canvas, stroke);
        }
    }

    /** The newest reading if it is of the drawing as it is now, else null. */
    Reading current() {
        Reading last = readings.isEmpty() ? null : readings.get(readings.size() - 1);
        return last != null && last.version() == drawing.version() ? last : null;
    }

    @Override
    public void close() {
        harness.close();
    }
}
