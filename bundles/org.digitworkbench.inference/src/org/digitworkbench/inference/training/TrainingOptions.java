package org.digitworkbench.inference.training;

/** Everything that decides a training run; the defaults make the shipped model. */
record TrainingOptions(long seed, int epochs, int batchSize, double learningRate, double lrDecayPerEpoch, double l2,
        int conv1, int conv2, int dense, double dropout, double augmentedShare) {

    static TrainingOptions defaults() {
        return new TrainingOptions(20261125L, 13, 128, 2e-3, 0.75, 1e-4, 20, 50, 300, 0.4, 0.6);
    }

    /** These options with another seed and number of epochs. */
    TrainingOptions with(long newSeed, int newEpochs) {
        return new TrainingOptions(newSeed, newEpochs, batchSize, learningRate, lrDecayPerEpoch, l2, conv1, conv2,
                dense, dropout, augmentedShare);
    }
}
