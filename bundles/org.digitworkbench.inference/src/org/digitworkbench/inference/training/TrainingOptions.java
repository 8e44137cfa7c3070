package org.digitworkbench.inference.training;

/**
 * Everything that decides a training run; the defaults make the shipped model.
 *
 * @param augmentedShare share of the MNIST images distorted in each epoch but the last {@code cleanEpochs}
 * @param cleanEpochs    final epochs that show MNIST as it is, so that the network ends on the images' own
 *                       distribution (the pen digits are distorted in every epoch)
 */
record TrainingOptions(long seed, int epochs, int batchSize, double learningRate, double lrDecayPerEpoch, double l2,
        int conv1, int conv2, int dense, double dropout, double augmentedShare, int cleanEpochs) {

    static TrainingOptions defaults() {
        return new TrainingOptions(20261125L, 10, 128, 2e-3, 0.7, 1e-4, 32, 64, 512, 0.4, 0.6, 2);
    }

    /** Share of the MNIST images distorted in {@code epoch} (1-based). */
    double augmentedShare(int epoch) {
        return epoch > epochs - cleanEpochs ? 0 : augmentedShare;
    }

    /** These options with another seed and number of epochs. */
    TrainingOptions with(long newSeed, int newEpochs) {
        return new TrainingOptions(newSeed, newEpochs, batchSize, learningRate, lrDecayPerEpoch, l2, conv1, conv2,
                dense, dropout, augmentedShare, Math.min(cleanEpochs, newEpochs - 1));
    }
}
