package org.digitworkbench.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.google.gson.JsonObject;

import org.digitworkbench.api.DigitsCommand;
import org.digitworkbench.tests.support.OsgiServices;
import org.digitworkbench.tests.support.StrictJson;
import org.digitworkbench.ui.preferences.UiPreferences;
import org.junit.jupiter.api.Test;

/**
 * {@code digits soak} as the command line runs it: the real Draw and Prediction views, the real model, numbers of
 * held-out writers drawn with the X mouse. Its JSON is read back strictly. Timing is printed, never asserted (the
 * machine is shared).
 */
class SoakCommandTest {

    private static final int COUNT = 300;
    /** Heap a short session may keep beyond its start: the remembered digit candidates are at most a few MB. */
    private static final long HEAP_SLACK = 16L << 20;

    @Test
    void aSessionOfLivePredictionsStaysFlat() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        DigitsCommand soak = OsgiServices.command("soak");
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = soak.run(List.of("--count", Integer.toString(COUNT), "--json"), o, e);
        }
        String json = out.toString(StandardCharsets.UTF_8).strip();
        System.out.println("digits soak --count " + COUNT + " --json: " + json);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals(1, json.lines().count(), "one JSON object on one line");
        JsonObject r = StrictJson.parse(json).getAsJsonObject();

        int predictions = r.get("predictions").getAsInt();
        int shown = r.get("readingsShown").getAsInt();
        assertTrue(predictions >= COUNT, predictions + " predictions");
        assertTrue(shown > 0 && shown <= predictions, shown + " readings shown of " + predictions);
        assertTrue(r.get("drawings").getAsInt() > 1, "the canvas was cleared and drawn again");
        assertEquals(0, r.get("errors").getAsInt(), "first error: " + r.get("firstError"));

        JsonObject start = r.getAsJsonObject("start");
        JsonObject end = r.getAsJsonObject("end");
        assertAtMost(start, end, "swtResources", 2);
        assertAtMost(start, end, "widgets", 0);
        assertAtMost(start, end, "openFiles", 2);
        assertAtMost(start, end, "heapBytes", HEAP_SLACK);
        for (JsonObject f : List.of(start, end)) {
            assertTrue(f.get("heartbeats").getAsLong() > 0, "the UI thread's stall was measured: " + f);
            assertTrue(f.get("longestStallMs").getAsDouble() > 0, f.toString());
            assertTrue(f.get("loadAverage").getAsDouble() >= 0, "the machine's load, which stalls follow: " + f);
        }
    }

    private static void assertAtMost(JsonObject start, JsonObject end, String figure, long slack) {
        long before = start.get(figure).getAsLong();
        long after = end.get(figure).getAsLong();
        assertTrue(after <= before + slack, figure + " grew from " + before + " to " + after);
    }

    /** Without live recognition nothing would be predicted while drawing: one line saying so, exit code 1. */
    @Test
    void withLiveRecognitionOffItSaysSoAndFails() throws Exception {
        UiPreferences.setLive(false);
        try {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code;
            try (PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                code = OsgiServices.command("soak").run(List.of("--count", "10"), System.out, e);
            }
            assertEquals(1, code);
            assertEquals("digits soak: live recognition is switched off in the preferences; the soak measures it",
                    err.toString(StandardCharsets.UTF_8).strip());
        } finally {
            UiPreferences.setLive(true);
        }
    }

    @Test
    void aCountBelowOneIsAUsageError() throws Exception {
        DigitsCommand soak = OsgiServices.command("soak");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> soak.run(List.of("--count", "0"), System.out, System.err));
        assertEquals("--count must be at least 1", e.getMessage());
    }
}
