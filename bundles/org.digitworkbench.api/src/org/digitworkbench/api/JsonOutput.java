package org.digitworkbench.api;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;

/**
 * Machine output of the commands, written by Gson so that it is JSON whatever the values: a probability of 1e-9 is
 * printed as {@code 1.0E-9}, never as a truncated decimal, and a value that is not a number becomes {@code null}.
 */
public final class JsonOutput {

    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private JsonOutput() {
    }

    /** A number, or JSON null for NaN and infinities, which JSON cannot carry. */
    public static JsonElement number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? JsonNull.INSTANCE : new JsonPrimitive(value);
    }

    /** A float printed at float precision (0.9987 rather than 0.9987000012397766). */
    public static JsonElement number(float value) {
        return Float.isNaN(value) || Float.isInfinite(value) ? JsonNull.INSTANCE : new JsonPrimitive(value);
    }

    /** Floats stay floats, so probabilities print with float precision (0.9987) rather than float-to-double noise. */
    public static JsonArray numbers(float... values) {
        JsonArray array = new JsonArray(values.length);
        for (float v : values) {
            array.add(number(v));
        }
        return array;
    }

    /** One line of JSON. */
    public static String line(JsonElement element) {
        return GSON.toJson(element);
    }
}
