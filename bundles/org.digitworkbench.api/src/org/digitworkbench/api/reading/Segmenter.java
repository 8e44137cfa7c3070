package org.digitworkbench.api.reading;

import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.api.image.InkImage;
import org.digitworkbench.api.ink.Backdrop;
import org.digitworkbench.api.ink.DrawingSnapshot;
import org.digitworkbench.api.ink.Stroke;
import org.digitworkbench.api.ink.StrokeRasterizer;
import org.digitworkbench.api.ink.Strokes;

/**
 * Cuts a drawing or a picture into digits, left to right. A drawing is cut by its strokes (so digits that touch
 * are still told apart); a picture by its blobs of connected ink. When everything is one digit, the segment is
 * the whole drawing, so one digit is read exactly as without segmentation.
 */
public final class Segmenter {

    /** Ink above this level makes a pixel part of a blob. */
    static final float INK = 0.2f;

    private Segmenter() {
    }

    public static List<DigitSegment> ofStrokes(DrawingSnapshot drawing) {
        Backdrop picture = drawing.backdrop();
        if (picture != null) {
            // a sample sent to the canvas is one digit, whatever is drawn over it
            return List.of(new DigitSegment(new Box(picture.x(), picture.y(), picture.x() + picture.size(),
                    picture.y() + picture.size()), drawing.image()));
        }
        List<Stroke> strokes = drawing.strokes();
        if (strokes.isEmpty()) {
            return List.of();
        }
        float r = drawing.penWidth() / 2;
        List<Box> pieces = new ArrayList<>();
        for (Stroke s : strokes) {
            pieces.add(new Box(s.minX() - r, s.minY() - r, s.maxX() + r, s.maxY() + r));
        }
        float pen = drawing.penWidth();
        List<List<Integer>> groups = DigitGrouping.group(pieces,
                (a, b) -> Strokes.distance(strokes.get(a), strokes.get(b)) <= pen);
        if (groups.size() == 1) {
            return List.of(new DigitSegment(union(pieces, groups.get(0)), drawing.image()));
        }
        List<DigitSegment> segments = new ArrayList<>();
        for (List<Integer> group : groups) {
            Box box = union(pieces, group);
            int x0 = (int) Math.floor(box.x0()) - 1;
            int y0 = (int) Math.floor(box.y0()) - 1;
            int w = (int) Math.ceil(box.x1()) + 1 - x0;
            int h = (int) Math.ceil(box.y1()) + 1 - y0;
            List<Stroke> own = new ArrayList<>();
            for (int i : group) {
                own.add(strokes.get(i).transformed(1f, -x0, -y0));
            }
            segments.add(new DigitSegment(box, StrokeRasterizer.renderInk(own, w, h, drawing.penWidth())));
        }
        return segments;
    }

    public static List<DigitSegment> ofImage(InkImage image) {
        Blobs blobs = Blobs.find(image, INK);
        if (blobs.count() == 0) {
            return List.of();
        }
        List<List<Integer>> groups = DigitGrouping.group(blobs.boxes());
        if (groups.size() == 1 && !blobs.droppedAny()) {
            return List.of(new DigitSegment(union(blobs.boxes(), groups.get(0)), image));
        }
        List<DigitSegment> segments = new ArrayList<>();
        for (List<Integer> group : groups) {
            Box box = union(blobs.boxes(), group);
            segments.add(new DigitSegment(box, blobs.cut(image, group, box)));
        }
        return segments;
    }

    private static Box union(List<Box> boxes, List<Integer> members) {
        Box u = boxes.get(members.get(0));
        for (int i : members) {
            u = u.union(boxes.get(i));
        }
        return u;
    }
}
