package org.digitworkbench.inference.training;

import java.util.Optional;
import java.util.Random;

import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.image.InkImage;
import org.digitworkbench.api.image.MnistPreprocessor;

/**
 * Distorts MNIST digits the way drawn digits differ from them: slant, rotation, aspect, wobbly strokes (elastic
 * distortion, Simard et al. 2003) and pen thickness. The result is normalised again exactly as a drawing is at
 * inference, so the network trains on the distribution it will see.
 */
final class Augmenter {

    private static final int N = DigitImage.SIZE;
    private static final double MAX_ROTATION = Math.toRadians(12);
    private static final double MAX_SHEAR = 0.25;
    private static final double MIN_SCALE = 0.8;
    private static final double MAX_SCALE = 1.1;
    private static final double ELASTIC_ALPHA = 30;
    private static final double ELASTIC_SIGMA = 4;
    private static final float[] GAUSS = gaussianKernel(ELASTIC_SIGMA);

    private final Random random;

    Augmenter(long seed) {
        this.random = new Random(seed);
    }

    /** Writes a distorted copy of {@code src} (784 values, ink 0–1) into {@code dst} at {@code offset}. */
    void augment(float[] src, float[] dst, int offset) {
        float[] warped = warp(src);
        thickness(warped);
        Optional<DigitImage> normalised = MnistPreprocessor.preprocess(new InkImage(N, N, warped));
        float[] result = normalised.map(DigitImage::pixels).orElse(src);
        // ±1 px jitter: real drawings are never centred as precisely as the centre of mass says
        int sx = random.nextInt(3) - 1;
        int sy = random.nextInt(3) - 1;
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                int fx = x - sx;
                int fy = y - sy;
                dst[offset + y * N + x] = fx >= 0 && fx < N && fy >= 0 && fy < N ? result[fy * N + fx] : 0f;
            }
        }
    }

    private float[] warp(float[] src) {
        double angle = uniform(-MAX_ROTATION, MAX_ROTATION);
        double shear = uniform(-MAX_SHEAR, MAX_SHEAR);
        double scaleX = uniform(MIN_SCALE, MAX_SCALE);
        double scaleY = uniform(MIN_SCALE, MAX_SCALE);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        // forward map A = R · Shear · S; we sample the source at A⁻¹ · (p - c) + c
        double a = cos * scaleX;
        double b = (cos * shear - sin) * scaleY;
        double c = sin * scaleX;
        double d = (sin * shear + cos) * scaleY;
        double det = a * d - b * c;
        double ia = d / det;
        double ib = -b / det;
        double ic = -c / det;
        double id = a / det;
        float[] dx = null;
        float[] dy = null;
        if (random.nextBoolean()) {
            dx = displacementField();
            dy = displacementField();
        }
        double centre = (N - 1) / 2.0;
        float[] out = new float[N * N];
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                double px = x - centre;
                double py = y - centre;
                if (dx != null) {
                    px += dx[y * N + x];
                    py += dy[y * N + x];
                }
                double sxp = ia * px + ib * py + centre;
                double syp = ic * px + id * py + centre;
                out[y * N + x] = bilinear(src, sxp, syp);
            }
        }
        return out;
    }

    /** Random field in [-1,1] smoothed by a Gaussian and scaled by alpha: smooth, local wobble of the strokes. */
    private float[] displacementField() {
        float[] field = new float[N * N];
        for (int i = 0; i < field.length; i++) {
            field[i] = (float) uniform(-1, 1);
        }
        float[] tmp = new float[N * N];
        int r = GAUSS.length / 2;
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                float s = 0;
                for (int k = -r; k <= r; k++) {
                    int xx = Math.min(N - 1, Math.max(0, x + k));
                    s += GAUSS[k + r] * field[y * N + xx];
                }
                tmp[y * N + x] = s;
            }
        }
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                float s = 0;
                for (int k = -r; k <= r; k++) {
                    int yy = Math.min(N - 1, Math.max(0, y + k));
                    s += GAUSS[k + r] * tmp[yy * N + x];
                }
                field[y * N + x] = (float) (s * ELASTIC_ALPHA);
            }
        }
        return field;
    }

    /** Thicker or thinner strokes by a partial grey dilation or erosion over the 4-neighbourhood. */
    private void thickness(float[] img) {
        int mode = random.nextInt(3);
        if (mode == 0) {
            return;
        }
        float amount = (float) uniform(0.3, 1.0);
        float[] src = img.clone();
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                float v = src[y * N + x];
                float m = v;
                for (int[] o : NEIGHBOURS) {
                    int xx = x + o[0];
                    int yy = y + o[1];
                    float n = xx >= 0 && xx < N && yy >= 0 && yy < N ? src[yy * N + xx] : 0f;
                    m = mode == 1 ? Math.max(m, n) : Math.min(m, n);
                }
                img[y * N + x] = v + amount * (m - v);
            }
        }
    }

    private static final int[][] NEIGHBOURS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    private static float bilinear(float[] img, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        return (float) ((1 - fx) * (1 - fy) * at(img, x0, y0) + fx * (1 - fy) * at(img, x0 + 1, y0)
                + (1 - fx) * fy * at(img, x0, y0 + 1) + fx * fy * at(img, x0 + 1, y0 + 1));
    }

    private static float at(float[] img, int x, int y) {
        return x >= 0 && x < N && y >= 0 && y < N ? img[y * N + x] : 0f;
    }

    private double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    private static float[] gaussianKernel(double sigma) {
        int r = (int) Math.ceil(3 * sigma);
        float[] k = new float[2 * r + 1];
        double sum = 0;
        for (int i = -r; i <= r; i++) {
            k[i + r] = (float) Math.exp(-i * i / (2 * sigma * sigma));
            sum += k[i + r];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        return k;
    }
}
