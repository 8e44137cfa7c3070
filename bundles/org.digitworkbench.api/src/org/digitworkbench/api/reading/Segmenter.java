package org.digitworkbench.api.reading;

import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.api.image.InkImage;

/**
 * Cuts a picture into digits, left to right, by its blobs of connected ink ({@link DigitGrouping} puts a 5's
 * detached hat back on its body). When everything is one digit, the segment is the whole picture, so one digit is
 * read exactly as without segmentation. Drawings are split by their strokes instead ({@link StrokeSegmenter}).
 */
public final class Segmenter {

    /** Ink above this level makes a pixel part of a blob. */
    static final float INK = 0.2f;

    private Segmenter() {
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
