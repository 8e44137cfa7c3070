package org.digitworkbench.api;

import java.util.List;

/**
 * The classifier contract: a 28×28 image in, ten probabilities out. Implementations are thread-safe OSGi
 * services; callers never see the machine-learning library behind them.
 */
public interface DigitClassifier {

    Prediction classify(DigitImage image);

    /** Classifies many images at once; faster per image than {@link #classify} for large sets. */
    List<Prediction> classifyAll(List<DigitImage> images);

    ModelInfo info();
}
