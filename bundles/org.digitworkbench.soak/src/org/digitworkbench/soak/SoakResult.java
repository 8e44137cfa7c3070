package org.digitworkbench.soak;

import java.util.Locale;

import com.google.gson.JsonObject;

import org.digitworkbench.api.JsonOutput;

/**
 * The figures of a soak: predictions asked and made (after the warm-up), readings the Prediction view showed,
 * errors, and the footprint and longest UI-thread stall at the start and at the end.
 */
record SoakResult(int requested, int predictions, int readingsShown, int drawings, int warmUpPredictions,
        int errors, String firstError, double seconds, Footprint start, Footprint end, Heartbeat.Window firstTenth,
        Heartbeat.Window lastTenth) {

    /** Why the soak failed, in one line; null when it did not. */
    String failure() {
        String first = firstError == null ? "" : "; the first error: " + firstError;
        if (predictions == 0) {
            return "no live prediction happened" + first;
        }
        if (predictions < requested) {
            return String.format(Locale.ROOT, "predictions stopped after %,d of %,d%s", predictions, requested, first);
        }
        if (readingsShown == 0) {
            return "the Prediction view showed no reading";
        }
        if (errors > 0) {
            return errors + (errors == 1 ? " error" : " errors") + first;
        }
        return null;
    }

    String json() {
        JsonObject o = new JsonObject();
        o.addProperty("requested", requested);
        o.addProperty("predictions", predictions);
        o.addProperty("readingsShown", readingsShown);
        o.addProperty("drawings", drawings);
        o.addProperty("warmUpPredictions", warmUpPredictions);
        o.addProperty("errors", errors);
        o.addProperty("firstError", firstError);
        o.add("seconds", JsonOutput.number(seconds));
        o.add("start", json(start, firstTenth));
        o.add("end", json(end, lastTenth));
        return JsonOutput.line(o);
    }

    private static JsonObject json(Footprint f, Heartbeat.Window stall) {
        JsonObject o = new JsonObject();
        o.addProperty("swtResources", f.resources());
        o.addProperty("widgets", f.widgets());
        o.addProperty("openFiles", f.fileDescriptors() < 0 ? null : f.fileDescriptors());
        o.addProperty("heapBytes", f.heapBytes());
        o.add("longestStallMs", JsonOutput.number(stall.longestGapMillis()));
        o.add("loadAverage", f.loadAverage() < 0 ? null : JsonOutput.number(f.loadAverage()));
        o.addProperty("heartbeats", stall.ticks());
        return o;
    }

    String text() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%,d live predictions asked of the real Draw and Prediction views: numbers "
                + "of held-out writers (21-30) drawn with the X mouse, canvas cleared between drawings, after a warm-up of "
                + "%,d predictions%n", requested, warmUpPredictions));
        s.append(String.format(Locale.ROOT, "                                start        end%n"));
        row(s, "SWT resources (tracked)", start.resources(), end.resources());
        row(s, "widgets", start.widgets(), end.widgets());
        if (start.fileDescriptors() >= 0) {
            row(s, "open files", start.fileDescriptors(), end.fileDescriptors());
        }
        s.append(String.format(Locale.ROOT, "  %-26s %7.1f MB %7.1f MB%n", "heap used after full GC",
                start.heapBytes() / 1048576.0, end.heapBytes() / 1048576.0));
        s.append(String.format(Locale.ROOT, "  %-26s %7.1f ms %7.1f ms   (first and last tenth of the predictions; "
                + "a timer asks for the UI thread every %d ms)%n", "longest UI-thread stall",
                firstTenth.longestGapMillis(), lastTenth.longestGapMillis(), Heartbeat.PERIOD_MS));
        if (start.loadAverage() >= 0) {
            s.append(String.format(Locale.ROOT, "  %-26s %10.1f %10.1f   (the machine's, over the last minute)%n",
                    "load average", start.loadAverage(), end.loadAverage()));
        }
        s.append(String.format(Locale.ROOT, "predictions %,d in %,d drawings, readings shown %,d, errors %d, %.1f s "
                + "(%.0f predictions/s)", predictions, drawings, readingsShown, errors, seconds,
                predictions / Math.max(1e-9, seconds)));
        return s.toString();
    }

    private static void row(StringBuilder s, String name, int start, int end) {
        s.append(String.format(Locale.ROOT, "  %-26s %10d %10d%n", name, start, end));
    }
}
