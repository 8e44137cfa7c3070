package org.digitworkbench.api.image;

/** Anti-aliased resampling by exact area coverage: every output pixel is the mean of the source area it covers. */
final class Resampler {

    private Resampler() {
    }

    static float[] areaResample(InkImage image, Bounds box, int outW, int outH) {
        float[] src = image.values();
        int srcW = image.width();
        double sx = (double) box.width() / outW;
        double sy = (double) box.height() / outH;
        float[] out = new float[outW * outH];
        for (int oy = 0; oy < outH; oy++) {
            double top = box.y0() + oy * sy;
            double bottom = top + sy;
            for (int ox = 0; ox < outW; ox++) {
                double left = box.x0() + ox * sx;
                double right = left + sx;
                double sum = 0;
                for (int y = (int) top; y < bottom && y < box.y1(); y++) {
                    double wy = Math.min(bottom, y + 1) - Math.max(top, y);
                    if (wy <= 0) {
                        continue;
                    }
                    int row = y * srcW;
                    for (int x = (int) left; x < right && x < box.x1(); x++) {
                        double wx = Math.min(right, x + 1) - Math.max(left, x);
                        if (wx > 0) {
                            sum += wx * wy * src[row + x];
                        }
                    }
                }
                out[oy * outW + ox] = (float) Math.min(1.0, sum / (sx * sy));
            }
        }
        return out;
    }

    /** The picture {@code factor} times larger by bilinear interpolation (pixel centres kept aligned). */
    static InkImage enlarge(InkImage image, int factor) {
        int w = image.width();
        int h = image.height();
        float[] src = image.values();
        float[] out = new float[w * factor * h * factor];
        for (int oy = 0; oy < h * factor; oy++) {
            double sy = Math.max(0, Math.min(h - 1, (oy + 0.5) / factor - 0.5));
            int y0 = (int) sy;
            int y1 = Math.min(h - 1, y0 + 1);
            double fy = sy - y0;
            for (int ox = 0; ox < w * factor; ox++) {
                double sx = Math.max(0, Math.min(w - 1, (ox + 0.5) / factor - 0.5));
                int x0 = (int) sx;
                int x1 = Math.min(w - 1, x0 + 1);
                double fx = sx - x0;
                double top = src[y0 * w + x0] * (1 - fx) + src[y0 * w + x1] * fx;
                double bottom = src[y1 * w + x0] * (1 - fx) + src[y1 * w + x1] * fx;
                out[oy * w * factor + ox] = (float) (top * (1 - fy) + bottom * fy);
            }
        }
        return new InkImage(w * factor, h * factor, out);
    }
}
