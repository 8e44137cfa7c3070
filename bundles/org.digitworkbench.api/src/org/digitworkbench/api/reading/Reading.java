package org.digitworkbench.api.reading;

import java.util.List;
import java.util.Locale;

import org.digitworkbench.api.Prediction;

/**
 * What the network read in a drawing: its digits left to right.
 *
 * @param version       the drawing version this reading belongs to
 * @param latencyMillis from the drawing's snapshot to this reading
 */
public record Reading(long version, List<DigitReading> digits, double latencyMillis) {

    public Reading {
        digits = List.copyOf(digits);
    }

    public static Reading empty(long version) {
        return new Reading(version, List.of(), 0);
    }

    public boolean isEmpty() {
        return digits.isEmpty();
    }

    /** The number as written, e.g. "2026" or "007"; empty when nothing was read. */
    public String number() {
        StringBuilder sb = new StringBuilder();
        for (DigitReading d : digits) {
            sb.append(d.prediction().digit());
        }
        return sb.toString();
    }

    /** The confidence of the least sure digit (0 when empty): the number is no surer than that. */
    public float confidence() {
        float min = digits.isEmpty() ? 0f : 1f;
        for (DigitReading d : digits) {
            min = Math.min(min, d.prediction().confidence());
        }
        return min;
    }

    /** The digits the network is not sure about. */
    public List<DigitReading> uncertain() {
        return digits.stream().filter(d -> !d.prediction().isConfident()).toList();
    }

    /** Plain words for doubt, e.g. "not sure: 4 or 9?", or null when every digit is confident. */
    public String doubt() {
        List<DigitReading> unsure = uncertain();
        if (unsure.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder("not sure: ");
        for (int i = 0; i < unsure.size(); i++) {
            Prediction p = unsure.get(i).prediction();
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(p.digit()).append(" or ").append(p.runnerUp()).append('?');
        }
        return sb.toString();
    }

    /** The log line scripts and support rely on. */
    public String logLine() {
        return String.format(Locale.ROOT, "prediction digits=%s confidence=%.4f latency_ms=%.1f", number(),
                confidence(), latencyMillis);
    }
}
