package org.digitworkbench.inference.training;

/** Everything that decides a training run; the defaults make the shipped model. */
record TrainingOptions(long seed, int epochs, int batchSize, double learningRate, double lrDecayPerEpoch, double l2,
        int conv1, int conv2, int dense, double dropout, double augmentedShare) {

    static TrainingOptions defaults() {
        return new TrainingOptions(20261124L, 14, 128, 2e-3, 0.75, 1e-4, 20, 50, 300, 0.4, 0.85);
    }
}
