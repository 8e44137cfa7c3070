package org.digitworkbench.inference.fast;

/** One step of a {@link FastNetwork}: reads {@code inSize()} floats and writes {@code outSize()} floats. */
interface Stage {

    int inSize();

    int outSize();

    void apply(float[] in, float[] out);
}
