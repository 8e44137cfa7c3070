package org.digitworkbench.api.image;

/**
 * A grayscale picture of ink of any size: row-major values from 0 (paper) to 1 (full ink). This is the common
 * currency between the canvas, image files and the preprocessor; which colour the ink had is decided when it is
 * made (see {@link #fromRgb}).
 */
public final class InkImage {

    private final int width;
    private final int height;
    private final float[] ink;

    public InkImage(int width, int height, float[] ink) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + width + "×" + height);
        }
        if (ink.length != width * height) {
            throw new IllegalArgumentException("expected " + width * height + " values, got " + ink.length);
        }
        this.width = width;
        this.height = height;
        this.ink = ink;
    }

    /**
     * From packed RGB pixels (0xRRGGBB, alpha ignored) such as a PNG, a scan or the canvas. Whether the ink is dark on
     * light or light on dark is told by the border: a picture's border is almost always background. The border's
     * level is taken as the paper and subtracted, so grey paper counts as no ink.
     */
    public static InkImage fromRgb(int width, int height, int[] rgb) {
        float[] luminance = new float[width * height];
        for (int i = 0; i < luminance.length; i++) {
            int p = rgb[i];
            int r = (p >> 16) & 0xff;
            int g = (p >> 8) & 0xff;
            int b = p & 0xff;
            luminance[i] = (0.299f * r + 0.587f * g + 0.114f * b) / 255f;
        }
        boolean darkInk = borderMean(width, height, luminance) >= 0.5f;
        if (darkInk) {
            for (int i = 0; i < luminance.length; i++) {
                luminance[i] = 1f - luminance[i];
            }
        }
        // grey paper (scans, photos) becomes 0 and the strongest ink 1, as on a clean canvas
        float paper = borderMean(width, height, luminance);
        float strongest = 0;
        for (float v : luminance) {
            strongest = Math.max(strongest, v);
        }
        if (strongest - paper > 0.05f && (paper > 0 || strongest < 1)) {
            float scale = 1f / (strongest - paper);
            for (int i = 0; i < luminance.length; i++) {
                luminance[i] = Math.max(0f, Math.min(1f, (luminance[i] - paper) * scale));
            }
        }
        return new InkImage(width, height, luminance);
    }

    private static float borderMean(int width, int height, float[] values) {
        double sum = 0;
        int count = 0;
        for (int x = 0; x < width; x++) {
            sum += values[x] + values[(height - 1) * width + x];
            count += 2;
        }
        for (int y = 1; y < height - 1; y++) {
            sum += values[y * width] + values[y * width + width - 1];
            count += 2;
        }
        return (float) (sum / count);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public float get(int x, int y) {
        return ink[y * width + x];
    }

    /** The backing values; callers must not modify them. */
    float[] values() {
        return ink;
    }

    /** The part of the picture from (x, y), w×h pixels; what lies outside the picture is paper. */
    public InkImage crop(int x, int y, int w, int h) {
        float[] out = new float[w * h];
        for (int r = 0; r < h; r++) {
            int sy = y + r;
            if (sy < 0 || sy >= height) {
                continue;
            }
            for (int c = 0; c < w; c++) {
                int sx = x + c;
                if (sx >= 0 && sx < width) {
                    out[r * w + c] = ink[sy * width + sx];
                }
            }
        }
        return new InkImage(w, h, out);
    }

    /** A copy of the ink values, row-major. */
    public float[] toArray() {
        return ink.clone();
    }
}
