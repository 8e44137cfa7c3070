package org.digitworkbench.inference.fast;

/** Max pooling with a square window and equal stride, no padding. */
final class MaxPoolStage implements Stage {

    private final int channels;
    private final int inH;
    private final int inW;
    private final int size;
    private final int outH;
    private final int outW;

    MaxPoolStage(int channels, int inH, int inW, int size) {
        this.channels = channels;
        this.inH = inH;
        this.inW = inW;
        this.size = size;
        this.outH = inH / size;
        this.outW = inW / size;
    }

    /** What the constructor was given, in its order (for {@link FastNetworkFile}). */
    int[] shape() {
        return new int[] {channels, inH, inW, size};
    }

    int outHeight() {
        return outH;
    }

    int outWidth() {
        return outW;
    }

    @Override
    public int inSize() {
        return channels * inH * inW;
    }

    @Override
    public long multiplyAdds() {
        return 0;
    }

    @Override
    public int outSize() {
        return channels * outH * outW;
    }

    @Override
    public void apply(float[] in, float[] out, int n) {
        if (size == 2) {
            applyTwoByTwo(in, out, n);
            return;
        }
        for (int c = 0; c < n * channels; c++) {
            for (int y = 0; y < outH; y++) {
                for (int x = 0; x < outW; x++) {
                    float max = Float.NEGATIVE_INFINITY;
                    for (int dy = 0; dy < size; dy++) {
                        int row = (c * inH + y * size + dy) * inW + x * size;
                        for (int dx = 0; dx < size; dx++) {
                            max = Math.max(max, in[row + dx]);
                        }
                    }
                    out[(c * outH + y) * outW + x] = max;
                }
            }
        }
    }

    /** The common 2×2 window without inner loops (a third of the general loop's time). */
    private void applyTwoByTwo(float[] in, float[] out, int n) {
        int o = 0;
        for (int row = 0; row < n * channels * outH; row++) {
            int top = row * 2 * inW;
            int bottom = top + inW;
            for (int x = 0; x < outW; x++) {
                int i = 2 * x;
                float a = in[top + i];
                float b = in[top + i + 1];
                float c = in[bottom + i];
                float d = in[bottom + i + 1];
                out[o++] = Math.max(a > b ? a : b, c > d ? c : d);
            }
        }
    }
}
