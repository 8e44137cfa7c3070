package org.digitworkbench.api.image;

/** A pixel rectangle (inclusive start, exclusive end) of an {@link InkImage}, with the ink it holds. */
public record Bounds(int x0, int y0, int x1, int y1, int inkPixels) {

    public int width() {
        return x1 - x0;
    }

    public int height() {
        return y1 - y0;
    }

    /** The smallest rectangle holding every pixel with ink above {@code threshold}, or null if there is none. */
    public static Bounds ofInk(InkImage image, float threshold) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        int count = 0;
        float[] v = image.values();
        int w = image.width();
        for (int y = 0; y < image.height(); y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                if (v[row + x] > threshold) {
                    count++;
                    if (x < minX) {
                        minX = x;
                    }
                    if (x > maxX) {
                        maxX = x;
                    }
                    if (y < minY) {
                        minY = y;
                    }
                    maxY = y;
                }
            }
        }
        return count == 0 ? null : new Bounds(minX, minY, maxX + 1, maxY + 1, count);
    }
}
