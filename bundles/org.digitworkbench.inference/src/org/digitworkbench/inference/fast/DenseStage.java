package org.digitworkbench.inference.fast;

/** A fully connected layer (weights stored [in][out] as DL4J does) with ReLU, identity or softmax. */
final class DenseStage implements Stage {

    enum Activation {
        IDENTITY, RELU, SOFTMAX
    }

    private final int nIn;
    private final int nOut;
    /** [in][out] */
    private final float[][] weights;
    private final float[] bias;
    private final Activation activation;
    private final ThreadLocal<float[]> accumulator;

    DenseStage(int nIn, int nOut, float[] weights, float[] bias, Activation activation) {
        this.nIn = nIn;
        this.nOut = nOut;
        this.weights = new float[nIn][nOut];
        for (int i = 0; i < nIn; i++) {
            System.arraycopy(weights, i * nOut, this.weights[i], 0, nOut);
        }
        this.accumulator = ThreadLocal.withInitial(() -> new float[nOut]);
        this.bias = bias;
        this.activation = activation;
    }

    @Override
    public int inSize() {
        return nIn;
    }

    @Override
    public int outSize() {
        return nOut;
    }

    @Override
    public void apply(float[] in, float[] out) {
        float[] acc = accumulator.get();
        System.arraycopy(bias, 0, acc, 0, nOut);
        for (int i = 0; i < nIn; i++) {
            float v = in[i];
            if (v != 0f) { // after ReLU many inputs are zero
                float[] w = weights[i];
                for (int j = 0; j < acc.length; j++) {
                    acc[j] += v * w[j];
                }
            }
        }
        System.arraycopy(acc, 0, out, 0, nOut);
        switch (activation) {
            case RELU -> {
                for (int j = 0; j < nOut; j++) {
                    if (out[j] < 0) {
                        out[j] = 0;
                    }
                }
            }
            case SOFTMAX -> {
                float max = Float.NEGATIVE_INFINITY;
                for (int j = 0; j < nOut; j++) {
                    max = Math.max(max, out[j]);
                }
                double sum = 0;
                for (int j = 0; j < nOut; j++) {
                    out[j] = (float) Math.exp(out[j] - max);
                    sum += out[j];
                }
                for (int j = 0; j < nOut; j++) {
                    out[j] /= (float) sum;
                }
            }
            case IDENTITY -> {
            }
        }
    }
}
