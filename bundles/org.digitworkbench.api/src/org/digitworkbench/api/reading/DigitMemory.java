package org.digitworkbench.api.reading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.Prediction;
import org.digitworkbench.api.ink.Stroke;

/**
 * What the network said of the candidate digits of recent drawings. While a number is being drawn, every mouse
 * move changes one stroke only; remembering the other candidates makes a live reading cost just the candidates
 * that contain the stroke in progress. Forgets everything when another model answers. Thread-safe.
 */
public final class DigitMemory {

    /** Candidates remembered, least recently used forgotten first (a few numbers' worth). */
    static final int CAPACITY = 1024;

    /** A candidate digit's network input and the network's answer. */
    record Seen(DigitImage image, Prediction prediction) {
    }

    private final Map<List<Stroke>, Seen> seen = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Stroke>, Seen> eldest) {
            return size() > CAPACITY;
        }
    };
    private DigitClassifier model;

    synchronized Seen recall(DigitClassifier classifier, List<Stroke> strokes) {
        if (classifier != model) {
            seen.clear();
            model = classifier;
        }
        return seen.get(strokes);
    }

    synchronized void remember(DigitClassifier classifier, List<Stroke> strokes, Seen answer) {
        if (classifier == model) {
            seen.put(List.copyOf(strokes), answer);
        }
    }
}
