package org.digitworkbench.tests.support;

import java.io.IOException;
import java.io.StringReader;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Parses machine output as RFC 8259 JSON and nothing laxer: Gson's own JsonParser is lenient and would accept
 * {@code 0.}, {@code NaN} or trailing text, which a script's parser would not.
 */
public final class StrictJson {

    private static final Gson GSON = new Gson();

    private StrictJson() {
    }

    public static JsonElement parse(String text) {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = GSON.getAdapter(JsonElement.class).read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new AssertionError("text after the JSON value: " + text);
            }
            return element;
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("not strict JSON (" + e.getMessage() + "): " + text, e);
        }
    }
}
