package org.digitworkbench.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.digitworkbench.tests.support.StrictJson;
import org.junit.jupiter.api.Test;

/** What the commands print with --json is JSON a real parser reads back to the same values. */
class JsonOutputTest {

    @Test
    void probabilitiesNearZeroAndOneSurviveAParser() {
        float[] probabilities = {1e-9f, 3.4e-38f, 0.9999999f, 1f, 0f, Float.MIN_VALUE, 0.25f, 1e-6f, 0.5f, 7e-12f};
        JsonObject o = new JsonObject();
        o.add("probabilities", JsonOutput.numbers(probabilities));
        o.add("accuracy", JsonOutput.number(0.9959));
        String line = JsonOutput.line(o);

        JsonArray back = StrictJson.parse(line).getAsJsonObject().getAsJsonArray("probabilities");
        assertEquals(probabilities.length, back.size());
        for (int i = 0; i < probabilities.length; i++) {
            assertEquals(probabilities[i], back.get(i).getAsFloat(), "probability " + i + " in " + line);
        }
        assertTrue(back.get(0).getAsFloat() > 0, "a tiny probability is not printed as zero: " + line);
        assertEquals(0.9959, StrictJson.parse(line).getAsJsonObject().get("accuracy").getAsDouble());
        assertTrue(!line.contains("\n"), "one line per object");
    }

    @Test
    void notANumberBecomesNull() {
        JsonObject o = new JsonObject();
        o.add("precision", JsonOutput.number(Double.NaN));
        o.add("recall", JsonOutput.number(Float.POSITIVE_INFINITY));
        o.add("values", JsonOutput.numbers(Float.NaN, 0.5f));
        JsonObject back = StrictJson.parse(JsonOutput.line(o)).getAsJsonObject();
        assertTrue(back.get("precision").isJsonNull());
        assertTrue(back.get("recall").isJsonNull());
        assertTrue(back.getAsJsonArray("values").get(0).isJsonNull());
        assertEquals(0.5f, back.getAsJsonArray("values").get(1).getAsFloat());
    }

    @Test
    void textIsEscapedAsJsonRequires() {
        JsonObject o = new JsonObject();
        String path = "dir with \"quotes\"\\and\nnewline\u0001<&>.png";
        o.addProperty("path", path);
        assertEquals(path, StrictJson.parse(JsonOutput.line(o)).getAsJsonObject().get("path").getAsString());
    }

    @Test
    void theParserOfTheseTestsRefusesWhatTheOldPrinterWrote() {
        // the hand-made printer wrote "0." for tiny probabilities; a script's parser refuses it, and so does ours
        assertThrows(AssertionError.class, () -> StrictJson.parse("{\"p\":0.}"));
        assertThrows(AssertionError.class, () -> StrictJson.parse("{\"p\":NaN}"));
    }
}
