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
}
