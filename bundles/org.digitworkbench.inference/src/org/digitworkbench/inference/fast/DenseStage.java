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
    private final ThreadLocal<float[][]> accumulators;

    DenseStage(int nIn, int nOut, float[] weights, float[] bias, Activation activation) {
        this.nIn = nIn;
        this.nOut = nOut;
        this.weights = Matrices.rows(weights, nIn, nOut);
        this.bias = bias;
        this.activation = activation;
        this.accumulators = ThreadLocal.withInitial(() -> new float[1][nOut]);
    }

    /** Weights [in·out], as the constructor takes them (for {@link FastNetworkFile}). */
    float[] flatWeights() {
        return Matrices.flatten(weights);
    }

    float[] bias() {
        return bias.clone();
    }

    Activation activation() {
        return activation;
    }

    @Override
    public int inSize() {
        return nIn;
    }

    @Override
    public long multiplyAdds() {
        return (long) nIn * nOut;
    }

    @Override
    public int outSize() {
        return nOut;
    }

    /** For each weight row: every sample's input times it, so a row read from memory serves all samples. */
    @Override
    public void apply(float[] in, float[] out, int n) {
        float[][] acc = accumulators(n);
        for (int s = 0; s < n; s++) {
            System.arraycopy(bias, 0, acc[s], 0, nOut);
        }
        for (int i = 0; i < nIn; i++) {
            float[] w = weights[i];
            for (int s = 0; s < n; s++) {
                float v = in[s * nIn + i];
                if (v != 0f) { // after ReLU many inputs are zero
                    multiplyAdd(acc[s], v, w);
                }
            }
        }
        for (int s = 0; s < n; s++) {
            System.arraycopy(acc[s], 0, out, s * nOut, nOut);
            activate(out, s * nOut);
        }
    }

    private float[][] accumulators(int n) {
        float[][] acc = accumulators.get();
        if (acc.length < n) {
            acc = new float[n][nOut];
            accumulators.set(acc);
        }
        return acc;
    }

    /** acc += v · w, both indexed from 0 so that C2 vectorises it (an offset index is six times slower). */
    private static void multiplyAdd(float[] acc, float v, float[] w) {
        for (int j = 0; j < acc.length; j++) {
            acc[j] += v * w[j];
        }
    }

    private void activate(float[] out, int at) {
        switch (activation) {
            case RELU -> {
                for (int j = 0; j < nOut; j++) {
                    if (out[at + j] < 0) {
                        out[at + j] = 0;
                    }
                }
            }
            case SOFTMAX -> {
                float max = Float.NEGATIVE_INFINITY;
                for (int j = 0; j < nOut; j++) {
                    max = Math.max(max, out[at + j]);
                }
                double sum = 0;
                for (int j = 0; j < nOut; j++) {
                    out[at + j] = (float) Math.exp(out[at + j] - max);
                    sum += out[at + j];
                }
                for (int j = 0; j < nOut; j++) {
                    out[at + j] /= (float) sum;
                }
            }
            case IDENTITY -> {
            }
        }
    }
}
