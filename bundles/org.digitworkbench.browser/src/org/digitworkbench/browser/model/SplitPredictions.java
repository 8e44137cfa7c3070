package org.digitworkbench.browser.model;

import java.util.List;

import org.digitworkbench.api.Prediction;

/** A model's answers for every sample of one split, index-aligned with the split. */
public final class SplitPredictions {

    private final float[] probabilities;
    private final byte[] predicted;
    private final float[] confidence;

    public SplitPredictions(List<Prediction> predictions) {
        int n = predictions.size();
        probabilities = new float[n * 10];
        predicted = new byte[n];
        confidence = new float[n];
        for (int i = 0; i < n; i++) {
            Prediction p = predictions.get(i);
            System.arraycopy(p.probabilities(), 0, probabilities, i * 10, 10);
            predicted[i] = (byte) p.digit();
            confidence[i] = p.confidence();
        }
    }

    public int size() {
        return predicted.length;
    }

    public int predicted(int index) {
        return predicted[index];
    }

    public float confidence(int index) {
        return confidence[index];
    }

    public Prediction prediction(int index) {
        float[] p = new float[10];
        System.arraycopy(probabilities, index * 10, p, 0, 10);
        return new Prediction(p);
    }
}
