package org.digitworkbench.api;

/**
 * What the user may want to know about the loaded model.
 *
 * @param name          short name shown in the UI, e.g. "mnist-lenet-bn"
 * @param description   architecture in one line
 * @param parameters    number of trainable parameters
 * @param testAccuracy  accuracy on the 10k MNIST test set recorded when the model was made, or NaN if unknown
 * @param source        where the model was loaded from (file path or "bundled")
 */
public record ModelInfo(String name, String description, long parameters, double testAccuracy, String source) {

    /** Input shape every model here accepts: one channel, 28×28. */
    public static final int[] INPUT_SHAPE = {1, DigitImage.SIZE, DigitImage.SIZE};
}
