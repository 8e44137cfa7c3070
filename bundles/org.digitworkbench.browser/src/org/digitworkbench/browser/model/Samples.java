package org.digitworkbench.browser.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.Prediction;
import org.digitworkbench.api.mnist.MnistSplit;

/**
 * Every sample the browser shows — MNIST's 70,000 and the user's corrections — with the current model's answers
 * for the splits it has classified. Changed on the UI thread only.
 */
public final class Samples {

    private final Map<Split, SplitSamples> sets = new EnumMap<>(Split.class);
    private final Map<Split, SplitPredictions> predictions = new EnumMap<>(Split.class);

    public Samples(MnistSplit test, MnistSplit train) {
        sets.put(Split.TEST, SplitSamples.of(Split.TEST, test));
        sets.put(Split.TRAIN, SplitSamples.of(Split.TRAIN, train));
        sets.put(Split.YOURS, UserSamples.NOT_READ);
    }

    public SplitSamples set(Split split) {
        return sets.get(split);
    }

    public int size(Split split) {
        return sets.get(split).size();
    }

    /** The user's corrections as last read ({@link UserSamples#NOT_READ} before). */
    public UserSamples yours() {
        return (UserSamples) sets.get(Split.YOURS);
    }

    /**
     * Sets a split's samples and the model's answers together (answers are index-aligned with the samples; the
     * user's corrections change as they save more). Null answers: not classified.
     */
    public void put(Split split, SplitSamples samples, SplitPredictions answers) {
        if ((split == Split.YOURS) != (samples instanceof UserSamples)) {
            throw new IllegalArgumentException(split + " cannot hold " + samples);
        }
        sets.put(split, samples);
        setPredictions(split, answers);
    }

    public int label(int id) {
        return set(Split.of(id)).label(Split.index(id));
    }

    public DigitImage image(int id) {
        return set(Split.of(id)).image(Split.index(id));
    }

    /** Raw pixel (0–255) for fast thumbnails. */
    public int pixel(int id, int pixel) {
        return set(Split.of(id)).pixel(Split.index(id), pixel);
    }

    public String describe(int id) {
        return set(Split.of(id)).describe(Split.index(id));
    }

    public void setPredictions(Split split, SplitPredictions answers) {
        if (answers == null) {
            predictions.remove(split);
        } else {
            predictions.put(split, answers);
        }
    }

    /** The model's answers for a split, or null when it has not classified that split. */
    public SplitPredictions predictions(Split split) {
        return predictions.get(split);
    }

    public boolean hasPrediction(int id) {
        return predictions(Split.of(id)) != null;
    }

    public int predicted(int id) {
        SplitPredictions p = predictions(Split.of(id));
        return p == null ? -1 : p.predicted(Split.index(id));
    }

    public float confidence(int id) {
        SplitPredictions p = predictions(Split.of(id));
        return p == null ? Float.NaN : p.confidence(Split.index(id));
    }

    /** The model's full answer for a sample, or null when it has not classified that split. */
    public Prediction prediction(int id) {
        SplitPredictions p = predictions(Split.of(id));
        return p == null ? null : p.prediction(Split.index(id));
    }

    public boolean isWrong(int id) {
        return hasPrediction(id) && predicted(id) != label(id);
    }

    /** Counts [true][predicted] summed over those of the splits the model has classified; null when none. */
    public int[][] confusion(List<Split> splits) {
        int[][] counts = null;
        for (Split split : splits) {
            SplitPredictions p = predictions(split);
            if (p == null) {
                continue;
            }
            counts = counts == null ? new int[10][10] : counts;
            SplitSamples s = set(split);
            for (int i = 0; i < s.size(); i++) {
                counts[s.label(i)][p.predicted(i)]++;
            }
        }
        return counts;
    }

    /** Misclassified samples of a split; -1 when it has not been classified. */
    public int errors(Split split) {
        int[][] c = confusion(List.of(split));
        if (c == null) {
            return -1;
        }
        int wrong = 0;
        for (int t = 0; t < 10; t++) {
            for (int p = 0; p < 10; p++) {
                wrong += t == p ? 0 : c[t][p];
            }
        }
        return wrong;
    }
}
