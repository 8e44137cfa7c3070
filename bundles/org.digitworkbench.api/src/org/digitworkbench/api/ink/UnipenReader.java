package org.digitworkbench.api.ink;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads pen trajectories in the UNIPEN format of the UCI "Pen-Based Recognition of Handwritten Digits" data
 * ({@code .SEGMENT DIGIT … "8"}, {@code .COMMENT digit writer sample}, {@code .PEN_DOWN}, x y lines,
 * {@code .PEN_UP}). UNIPEN's y axis points up; the strokes returned have y pointing down like a screen.
 */
public final class UnipenReader {

    /** One handwritten digit: its label, the writer's number and the strokes in the original coordinates. */
    public record PenDigit(int label, int writer, List<Stroke> strokes) {
    }

    private UnipenReader() {
    }

    /** Reads a UNIPEN file, gzip-compressed when its name ends in {@code .gz}. */
    public static List<PenDigit> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads UNIPEN digits from a stream, gunzipping it when {@code name} ends in {@code .gz}; {@code name} also
     * names the source in error messages.
     */
    public static List<PenDigit> read(InputStream stream, String name) throws IOException {
        InputStream raw = name.endsWith(".gz") ? new GZIPInputStream(stream) : stream;
        List<PenDigit> digits = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.US_ASCII))) {
            int label = -1;
            int writer = -1;
            List<Stroke> strokes = null;
            List<Float> points = null;
            int lineNumber = 0;
            for (String line; (line = in.readLine()) != null;) {
                lineNumber++;
                String t = line.trim();
                if (t.startsWith(".SEGMENT DIGIT")) {
                    add(digits, label, writer, strokes);
                    int q = t.lastIndexOf('"');
                    label = Character.digit(t.charAt(q - 1), 10);
                    writer = -1;
                    strokes = new ArrayList<>();
                } else if (t.startsWith(".COMMENT") && strokes != null) {
                    String[] f = t.split("\\s+");
                    writer = f.length > 2 ? Integer.parseInt(f[2]) : -1;
                } else if (t.equals(".PEN_DOWN")) {
                    points = new ArrayList<>();
                } else if (t.equals(".PEN_UP") && points != null && strokes != null) {
                    if (!points.isEmpty()) {
                        float[] xy = new float[points.size()];
                        for (int i = 0; i < xy.length; i += 2) {
                            xy[i] = points.get(i);
                            xy[i + 1] = -points.get(i + 1);
                        }
                        strokes.add(new Stroke(xy));
                    }
                    points = null;
                } else if (points != null && !t.isEmpty() && !t.startsWith(".")) {
                    String[] f = t.split("\\s+");
                    if (f.length != 2) {
                        throw new IOException(name + ":" + lineNumber + ": expected 'x y', got '" + t + "'");
                    }
                    points.add(Float.parseFloat(f[0]));
                    points.add(Float.parseFloat(f[1]));
                }
            }
            add(digits, label, writer, strokes);
        } catch (NumberFormatException e) {
            throw new IOException(name + ": not UNIPEN digit data (" + e.getMessage() + ")", e);
        }
        return digits;
    }

    private static void add(List<PenDigit> digits, int label, int writer, List<Stroke> strokes) {
        if (strokes != null && !strokes.isEmpty() && label >= 0) {
            digits.add(new PenDigit(label, writer, List.copyOf(strokes)));
        }
    }
}
