package org.digitworkbench.api.corrections;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.digitworkbench.api.ink.Stroke;

/**
 * A drawing the user corrected with "That was a …": its strokes, and for every digit read in it the 28×28 image the
 * network saw, what it answered and what the user says it is. Made by the model named in {@code model}.
 */
public record Correction(String id, Instant savedAt, String model, List<Stroke> strokes, List<CorrectedDigit> digits) {

    public Correction {
        strokes = List.copyOf(strokes);
        digits = List.copyOf(digits);
        if (digits.isEmpty()) {
            throw new IllegalArgumentException("a correction needs at least one digit");
        }
    }

    public static Correction of(String model, List<Stroke> strokes, List<CorrectedDigit> digits) {
        return new Correction(UUID.randomUUID().toString(), Instant.now(), model, strokes, digits);
    }

    /** The number the user wrote, e.g. "2026". */
    public String label() {
        StringBuilder sb = new StringBuilder();
        digits.forEach(d -> sb.append(d.label()));
        return sb.toString();
    }

    /** The number the model read. */
    public String predicted() {
        StringBuilder sb = new StringBuilder();
        digits.forEach(d -> sb.append(d.predicted()));
        return sb.toString();
    }
}
