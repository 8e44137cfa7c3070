package org.digitworkbench.ui.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.digitworkbench.api.ink.Stroke;

/** Strokes as text for the part's persisted state: "x y x y …" per stroke, strokes separated by ';'. */
final class StrokeCodec {

    private StrokeCodec() {
    }

    static String encode(List<Stroke> strokes) {
        StringBuilder sb = new StringBuilder();
        for (Stroke s : strokes) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            for (int i = 0; i < s.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(String.format(Locale.ROOT, "%.1f %.1f", s.x(i), s.y(i)));
            }
        }
        return sb.toString();
    }

    /** Decodes; a damaged text yields the strokes that could be read, never an exception. */
    static List<Stroke> decode(String text) {
        List<Stroke> strokes = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return strokes;
        }
        for (String part : text.split(";")) {
            String[] numbers = part.trim().split("\\s+");
            if (numbers.length < 2 || numbers.length % 2 != 0) {
                continue;
            }
            try {
                float[] xy = new float[numbers.length];
                for (int i = 0; i < xy.length; i++) {
                    xy[i] = Float.parseFloat(numbers[i]);
                }
                strokes.add(new Stroke(xy));
            } catch (NumberFormatException e) {
                // skip the damaged stroke, keep the others
            }
        }
        return strokes;
    }
}
