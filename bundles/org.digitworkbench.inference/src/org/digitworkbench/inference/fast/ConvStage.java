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
    /** Output channels computed together. */
    private static final int BLOCK = 4;
    /** Per-thread im2col rows, grown to the largest batch seen. */
    private final ThreadLocal<float[][]> columnBuffers;
    private final ThreadLocal<float[][]> accumulators;
    /** [outC·depth] for {@link VectorGemm}, or null when the plain loops are used. */
    private final float[] flatWeights;
    private final ThreadLocal<float[][]> flatBuffers = ThreadLocal.withInitial(() -> new float[][] {{}, {}});

    ConvStage(int inC, int inH, int inW, int outC, int k, float[] weights, float[] bias, boolean relu) {
        this.inC = inC;
        this.inH = inH;
        this.inW = inW;
        this.outC = outC;
        this.k = k;
        this.outH = inH - k + 1;
        this.outW = inW - k + 1;
        int depth = inC * k * k;
        this.weights = Matrices.rows(weights, outC, depth);
        this.bias = bias;
        this.relu = relu;
        this.flatWeights = VectorSupport.available() && outC % 4 == 0 ? weights.clone() : null;
        int pixels = outH * outW;
        this.columnBuffers = ThreadLocal.withInitial(() -> new float[depth][pixels]);
        this.accumulators = ThreadLocal.withInitial(() -> new float[BLOCK][pixels]);
    }

    boolean usesVectorApi() {
        return flatWeights != null;
    }

    /** What the constructor was given, in its order (for {@link FastNetworkFile}). */
    int[] shape() {
        return new int[] {inC, inH, inW, outC, k};
    }

    float[] flatWeights() {
        return Matrices.flatten(weights);
    }

    float[] bias() {
        return bias.clone();
    }

    boolean relu() {
        return relu;
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
    public long multiplyAdds() {
        return (long) outC * outH * outW * inC * k * k;
    }

    @Override
    public int outSize() {
        return outC * outH * outW;
    }

    @Override
    public void apply(float[] in, float[] out, int n) {
        if (flatWeights != null) {
            applyWithVectors(in, out, n);
            return;
        }
        int pixels = outH * outW;
        int columns = n * pixels;
        float[][] col = im2col(in, n);
        float[][] acc = accumulators.get();
        if (acc[0].length < columns) {
            acc = new float[BLOCK][columns];
            accumulators.set(acc);
        }
        for (int o0 = 0; o0 < outC; o0 += BLOCK) {
            int block = Math.min(BLOCK, outC - o0);
            for (int b = 0; b < block; b++) {
                java.util.Arrays.fill(acc[b], 0, columns, bias[o0 + b]);
            }
            if (block == BLOCK) {
                for (int r = 0; r < weights[0].length; r++) {
                    multiplyAdd4(acc, weights[o0][r], weights[o0 + 1][r], weights[o0 + 2][r], weights[o0 + 3][r],
                            col[r], columns);
                }
            } else {
                for (int b = 0; b < block; b++) {
                    float[] w = weights[o0 + b];
                    for (int r = 0; r < w.length; r++) {
                        multiplyAdd(acc[b], w[r], col[r], columns);
                    }
                }
            }
            for (int b = 0; b < block; b++) {
                for (int s = 0; s < n; s++) {
                    store(acc[b], s * pixels, out, s * outSize() + (o0 + b) * pixels, pixels);
                }
            }
        }
    }

    /** im2col into one array whose rows are padded to whole register tiles, then {@link VectorGemm}. */
    private void applyWithVectors(float[] in, float[] out, int n) {
        int pixels = outH * outW;
        int tile = VectorGemm.TILE_COLUMNS;
        int cols = (n * pixels + tile - 1) / tile * tile; // the padding columns are computed and dropped
        int depth = inC * k * k;
        float[][] b = flatBuffers.get();
        if (b[0].length < depth * cols) {
            b = new float[][] {new float[depth * cols], new float[outC * cols]};
            flatBuffers.set(b);
        }
        float[] x = b[0];
        for (int r = 0; r < depth; r++) {
            fillRow(in, n, r, x, r * cols);
        }
        float[] result = b[1];
        VectorGemm.multiply(flatWeights, bias, outC, depth, x, cols, result);
        for (int o = 0; o < outC; o++) {
            for (int s = 0; s < n; s++) {
                store(result, o * cols + s * pixels, out, s * outSize() + o * pixels, pixels);
            }
        }
    }

    /** Row r of the result holds input value r of every output pixel's receptive field, sample after sample. */
    private float[][] im2col(float[] in, int n) {
        int pixels = outH * outW;
        float[][] col = columnBuffers.get();
        if (col[0].length < n * pixels) {
            col = new float[inC * k * k][n * pixels];
            columnBuffers.set(col);
        }
        for (int r = 0; r < col.length; r++) {
            fillRow(in, n, r, col[r], 0);
        }
        return col;
    }

    /**
     * Row r of im2col into dst from {@code at}: input value r of the receptive field (channel, then kernel row and
     * column) of every output pixel, sample after sample.
     */
    private void fillRow(float[] in, int n, int r, float[] dst, int at) {
        int c = r / (k * k);
        int ky = r / k % k;
        int kx = r % k;
        int pixels = outH * outW;
        for (int s = 0; s < n; s++) {
            int from = s * inSize() + (c * inH + ky) * inW + kx;
            for (int y = 0; y < outH; y++) {
                System.arraycopy(in, from + y * inW, dst, at + s * pixels + y * outW, outW);
            }
        }
    }

    private void store(float[] acc, int from, float[] out, int to, int count) {
        if (relu) {
            for (int p = 0; p < count; p++) {
                out[to + p] = Math.max(acc[from + p], 0f);
            }
        } else {
            System.arraycopy(acc, from, out, to, count);
        }
    }

    /** Four output channels at once: each loaded input value serves four multiply-adds. */
    private static void multiplyAdd4(float[][] acc, float w0, float w1, float w2, float w3, float[] x, int count) {
        float[] a0 = acc[0];
        float[] a1 = acc[1];
        float[] a2 = acc[2];
        float[] a3 = acc[3];
        for (int p = 0; p < count; p++) {
            float v = x[p];
            a0[p] += w0 * v;
            a1[p] += w1 * v;
            a2[p] += w2 * v;
            a3[p] += w3 * v;
        }
    }

    /** acc += w · x, written with both arrays indexed from 0 so that C2 vectorises it. */
    private static void multiplyAdd(float[] acc, float w, float[] x, int count) {
        for (int p = 0; p < count; p++) {
            acc[p] += w * x[p];
        }
    }
}
