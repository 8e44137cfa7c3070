package org.digitworkbench.inference.fast;

/**
 * A valid (no padding), stride-1 2-D convolution over a channels×height×width volume, with batch normalisation
 * already folded into its weights and bias, followed by ReLU or nothing. Computed as im2col + a matrix product
 * whose inner loop runs over output pixels, so the JIT can vectorise it.
 */
final class ConvStage implements Stage {

    private final int inC;
    private final int inH;
    private final int inW;
    private final int outC;
    private final int k;
    private final int outH;
    private final int outW;
    /** [outC][inC·k·k] */
    private final float[][] weights;
    private final float[] bias;
    private final boolean relu;
    /** Per-thread im2col rows: row r holds input value r of the receptive field for every output pixel. */
    private final ThreadLocal<float[][]> columns;
    private final ThreadLocal<float[]> accumulator;

    ConvStage(int inC, int inH, int inW, int outC, int k, float[] weights, float[] bias, boolean relu) {
        this.inC = inC;
        this.inH = inH;
        this.inW = inW;
        this.outC = outC;
        this.k = k;
        this.outH = inH - k + 1;
        this.outW = inW - k + 1;
        int depth = inC * k * k;
        this.weights = new float[outC][depth];
        for (int o = 0; o < outC; o++) {
            System.arraycopy(weights, o * depth, this.weights[o], 0, depth);
        }
        this.bias = bias;
        this.relu = relu;
        int pixels = outH * outW;
        this.columns = ThreadLocal.withInitial(() -> new float[depth][pixels]);
        this.accumulator = ThreadLocal.withInitial(() -> new float[pixels]);
    }

    int outHeight() {
        return outH;
    }

    int outWidth() {
        return outW;
    }

    @Override
    public int inSize() {
        return inC * inH * inW;
    }

    @Override
    public int outSize() {
        return outC * outH * outW;
    }

    @Override
    public void apply(float[] in, float[] out) {
        int pixels = outH * outW;
        float[][] col = columns.get();
        int row = 0;
        for (int c = 0; c < inC; c++) {
            for (int ky = 0; ky < k; ky++) {
                for (int kx = 0; kx < k; kx++) {
                    float[] dst = col[row++];
                    for (int y = 0; y < outH; y++) {
                        System.arraycopy(in, (c * inH + y + ky) * inW + kx, dst, y * outW, outW);
                    }
                }
            }
        }
        float[] acc = accumulator.get();
        for (int o = 0; o < outC; o++) {
            float[] w = weights[o];
            java.util.Arrays.fill(acc, bias[o]);
            for (int r = 0; r < w.length; r++) {
                multiplyAdd(acc, w[r], col[r]);
            }
            if (relu) {
                for (int p = 0; p < pixels; p++) {
                    acc[p] = Math.max(acc[p], 0f);
                }
            }
            System.arraycopy(acc, 0, out, o * pixels, pixels);
        }
    }

    /** acc += w · x, written with both arrays indexed from 0 so that C2 vectorises it. */
    private static void multiplyAdd(float[] acc, float w, float[] x) {
        for (int p = 0; p < acc.length; p++) {
            acc[p] += w * x[p];
        }
    }
}
