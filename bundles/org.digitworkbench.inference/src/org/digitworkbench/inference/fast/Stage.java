package org.digitworkbench.inference.fast;

/**
 * One step of a {@link FastNetwork}: for each of {@code n} samples stored one after another, reads
 * {@code inSize()} floats and writes {@code outSize()} floats. Several samples at once let a stage use each
 * weight it loads for all of them.
 */
interface Stage {

    int inSize();

    int outSize();

    void apply(float[] in, float[] out, int n);

    /** Multiply-adds per sample: what the stage costs, for comparing with the machine's rate. */
    long multiplyAdds();
}
