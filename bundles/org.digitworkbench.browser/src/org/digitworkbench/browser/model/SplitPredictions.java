package org.digitworkbench.browser.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.Prediction;

/** A model's answers for every sample of one split, index-aligned with the split. */
public final class SplitPredictions {

    /** Samples classified per call: large enough for batching, small enough to cancel and show progress. */
    static final int CHUNK = 1000;

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

    /**
     * Classifies every sample of a split in chunks; {@code done} hears each chunk's size. Returns null when
     * {@code cancelled} says so between chunks.
     */
    public static SplitPredictions classify(SplitSamples samples, DigitClassifier model, BooleanSupplier cancelled,
            IntConsumer done) {
        List<Prediction> all = new ArrayList<>(samples.size());
        for (int start = 0; start < samples.size(); start += CHUNK) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            List<DigitImage> images = new ArrayList<>(CHUNK);
            for (int i = start; i < Math.min(samples.size(), start + CHUNK); i++) {
                images.add(samples.image(i));
            }
            all.addAll(model.classifyAll(images));
            done.accept(images.size());
        }
        return new SplitPredictions(all);
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
