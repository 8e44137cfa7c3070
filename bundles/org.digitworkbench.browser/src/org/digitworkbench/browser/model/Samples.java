package org.digitworkbench.browser.model;

import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.Prediction;
import org.digitworkbench.api.mnist.MnistSplit;

/** All 70,000 MNIST samples with the current model's answers where it has given them. */
public final class MnistSamples {

    private final MnistSplit test;
    private final MnistSplit train;
    private volatile SplitPredictions testPredictions;
    private volatile SplitPredictions trainPredictions;

    public MnistSamples(MnistSplit test, MnistSplit train) {
        this.test = test;
        this.train = train;
    }

    public int testSize() {
        return test.size();
    }

    public int trainSize() {
        return train.size();
    }

    public MnistSplit split(boolean isTest) {
        return isTest ? test : train;
    }

    public int label(int id) {
        return split(Sample.isTest(id)).label(Sample.index(id));
    }

    public DigitImage image(int id) {
        return split(Sample.isTest(id)).image(Sample.index(id));
    }

    /** Raw pixel (0–255) for fast thumbnails. */
    public int pixel(int id, int pixel) {
        return split(Sample.isTest(id)).pixel(Sample.index(id), pixel);
    }

    public void setPredictions(boolean isTest, SplitPredictions predictions) {
        if (isTest) {
            testPredictions = predictions;
        } else {
            trainPredictions = predictions;
        }
    }

    public SplitPredictions predictions(boolean isTest) {
        return isTest ? testPredictions : trainPredictions;
    }

    public boolean hasPrediction(int id) {
        return predictions(Sample.isTest(id)) != null;
    }

    public int predicted(int id) {
        SplitPredictions p = predictions(Sample.isTest(id));
        return p == null ? -1 : p.predicted(Sample.index(id));
    }

    public float confidence(int id) {
        SplitPredictions p = predictions(Sample.isTest(id));
        return p == null ? Float.NaN : p.confidence(Sample.index(id));
    }

    /** The model's full answer for a sample, or null when it has not classified that split. */
    public Prediction prediction(int id) {
        SplitPredictions p = predictions(Sample.isTest(id));
        return p == null ? null : p.prediction(Sample.index(id));
    }

    public boolean isWrong(int id) {
        return hasPrediction(id) && predicted(id) != label(id);
    }

    /** Counts [true][predicted] over a split the model has classified; null when it has not. */
    public int[][] confusion(boolean isTest) {
        SplitPredictions p = predictions(isTest);
        if (p == null) {
            return null;
        }
        MnistSplit s = split(isTest);
        int[][] counts = new int[10][10];
        for (int i = 0; i < s.size(); i++) {
            counts[s.label(i)][p.predicted(i)]++;
        }
        return counts;
    }

    /** Misclassified samples of a split; -1 when it has not been classified. */
    public int errors(boolean isTest) {
        int[][] c = confusion(isTest);
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
