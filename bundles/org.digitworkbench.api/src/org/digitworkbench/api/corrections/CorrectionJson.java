package org.digitworkbench.api.corrections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.JsonOutput;
import org.digitworkbench.api.ink.Stroke;
import org.digitworkbench.api.reading.Box;

/** A {@link Correction} as one JSON document (Gson), format 1; reading checks every field it relies on. */
final class CorrectionJson {

    static final int FORMAT = 1;

    private CorrectionJson() {
    }

    static String write(Correction c) {
        JsonObject o = new JsonObject();
        o.addProperty("format", FORMAT);
        o.addProperty("id", c.id());
        o.addProperty("savedAt", c.savedAt().toString());
        o.addProperty("model", c.model());
        JsonArray strokes = new JsonArray();
        for (Stroke s : c.strokes()) {
            float[] xy = new float[s.size() * 2];
            for (int i = 0; i < s.size(); i++) {
                xy[2 * i] = s.x(i);
                xy[2 * i + 1] = s.y(i);
            }
            strokes.add(JsonOutput.numbers(xy));
        }
        o.add("strokes", strokes);
        JsonArray digits = new JsonArray();
        for (CorrectedDigit d : c.digits()) {
            JsonObject digit = new JsonObject();
            digit.add("box", JsonOutput.numbers(d.box().x0(), d.box().y0(), d.box().x1(), d.box().y1()));
            digit.addProperty("predicted", d.predicted());
            digit.addProperty("label", d.label());
            digit.add("input", JsonOutput.numbers(d.input().pixels()));
            digits.add(digit);
        }
        o.add("digits", digits);
        return JsonOutput.line(o);
    }

    /** @throws JsonParseException with the reason when the text is not a correction of a known format */
    static Correction read(String text) {
        try {
            JsonObject o = JsonParser.parseString(text).getAsJsonObject();
            int format = o.get("format").getAsInt();
            if (format != FORMAT) {
                throw new JsonParseException("format " + format + " is not known (this version reads " + FORMAT + ")");
            }
            List<Stroke> strokes = new ArrayList<>();
            for (JsonElement s : o.getAsJsonArray("strokes")) {
                strokes.add(new Stroke(floats(s.getAsJsonArray(), -1)));
            }
            List<CorrectedDigit> digits = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("digits")) {
                JsonObject d = e.getAsJsonObject();
                float[] box = floats(d.getAsJsonArray("box"), 4);
                digits.add(new CorrectedDigit(new Box(box[0], box[1], box[2], box[3]),
                        new DigitImage(floats(d.getAsJsonArray("input"), DigitImage.PIXELS)),
                        d.get("predicted").getAsInt(), d.get("label").getAsInt()));
            }
            return new Correction(o.get("id").getAsString(), Instant.parse(o.get("savedAt").getAsString()),
                    o.get("model").getAsString(), strokes, digits);
        } catch (JsonParseException e) {
            throw e;
        } catch (RuntimeException e) { // missing field, wrong type, bad date, stroke of odd length …
            throw new JsonParseException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    private static float[] floats(JsonArray array, int expected) {
        if (expected >= 0 && array.size() != expected) {
            throw new JsonParseException(expected + " numbers expected, found " + array.size());
        }
        float[] values = new float[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).getAsFloat();
        }
        return values;
    }
}
