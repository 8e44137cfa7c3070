package org.digitworkbench.api.image;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

import boofcv.alg.filter.binary.BinaryImageOps;
import boofcv.struct.image.GrayU8;

/**
 * The pen width of the ink in a picture, and the same picture redrawn with another pen. The width is the ink's
 * area divided by the length of its skeleton (BoofCV's morphological thinning); redrawing traces the skeleton
 * with a round pen. This is how a picture drawn with a marker, a thin pen or a scanner's blur is brought to the
 * stroke width MNIST digits have, so the network sees the shape and not the pen.
 */
public final class StrokeWidth {

    /** Ink above this share of the strongest ink is part of a stroke when thinning. */
    static final float BINARY = 0.5f;
    /** The ink is measured as MNIST was made, its longer side 20 pixels, and enlarged this much for thinning. */
    static final int MEASURE_SIZE = 20;
    static final int ENLARGE = 4;

    /** The skeleton (one-pixel-wide centre lines) of a picture's ink and the width measured along it. */
    public record Skeleton(int width, int height, boolean[] pixels, int length, double inkArea, Bounds bounds) {

        /** Mean pen width in pixels: ink area per skeleton pixel. */
        public double penWidth() {
            return length == 0 ? 0 : inkArea / length;
        }
    }

    private StrokeWidth() {
    }

    /**
     * Thins the ink of {@code image} to its skeleton, or returns null when there is no ink. Pixels above half the
     * strongest ink are strokes, so faint pictures (a hairline made smaller) thin as well as bold ones.
     */
    public static Skeleton skeleton(InkImage image) {
        return skeleton(image, binary(image));
    }

    private static GrayU8 binary(InkImage image) {
        int w = image.width();
        int h = image.height();
        float strongest = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                strongest = Math.max(strongest, image.get(x, y));
            }
        }
        GrayU8 binary = new GrayU8(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float v = image.get(x, y);
                if (v > BINARY * strongest && v > 0) {
                    binary.unsafe_set(x, y, 1);
                }
            }
        }
        return binary;
    }

    private static Skeleton skeleton(InkImage image, GrayU8 binary) {
        int w = image.width();
        int h = image.height();
        double area = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                area += Math.min(1f, image.get(x, y));
            }
        }
        GrayU8 thin = BinaryImageOps.thin(binary, -1, null);
        boolean[] pixels = new boolean[w * h];
        int length = 0;
        int minX = w;
        int minY = h;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (thin.unsafe_get(x, y) != 0) {
                    pixels[y * w + x] = true;
                    length++;
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = y;
                }
            }
        }
        if (length == 0) {
            return null;
        }
        return new Skeleton(w, h, pixels, length, area, new Bounds(minX, minY, maxX + 1, maxY + 1, length));
    }

    /**
     * The picture's pen width as a share of the size of the digit it draws (the longer side of its ink), the
     * measure MNIST fixes by scaling every digit to 20 pixels; null when the picture holds no stroke.
     */
    public static Double relativeWidth(InkImage image) {
        Skeleton s = skeleton(thinnable(image));
        return s == null ? null : relative(s);
    }

    private static double relative(Skeleton s) {
        double pen = s.penWidth();
        return pen / (Math.max(s.bounds().width(), s.bounds().height()) + pen);
    }

    /**
     * The picture with its pen brought to {@code relativeWidth} of the digit's size when its own relative width
     * lies outside {@code [low, high]}; otherwise the picture itself, untouched. Too thin a pen is replaced by
     * tracing the strokes' centre lines with the right pen; too thick a pen is worn down by erosion, which keeps
     * the outline of the strokes (tracing the centre lines of fat strokes gives spurs and misses closed loops).
     */
    public static InkImage normalise(InkImage image, float relativeWidth, float low, float high) {
        InkImage measured = thinnable(image);
        GrayU8 binary = binary(measured);
        Skeleton s = skeleton(measured, binary);
        if (s == null) {
            return image;
        }
        double relative = relative(s);
        if (relative >= low && relative <= high) {
            return image;
        }
        double target = relativeWidth / (1 - relativeWidth) * Math.max(s.bounds().width(), s.bounds().height());
        if (relative < low) {
            return redraw(s, (float) target);
        }
        return erode(binary, (int) Math.round((s.penWidth() - target) / 2));
    }

    private static boolean isEmpty(GrayU8 image) {
        for (byte b : image.data) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** Takes {@code steps} pixels off every edge, alternating 4- and 8-neighbour erosion for a rounder pen. */
    private static InkImage erode(GrayU8 binary, int steps) {
        GrayU8 current = binary;
        for (int i = 0; i < steps; i++) {
            GrayU8 next = i % 2 == 0 ? BinaryImageOps.erode4(current, 1, null) : BinaryImageOps.erode8(current, 1, null);
            if (isEmpty(next)) {
                break; // never erode a digit away
            }
            current = next;
        }
        float[] ink = new float[current.width * current.height];
        for (int y = 0; y < current.height; y++) {
            for (int x = 0; x < current.width; x++) {
                ink[y * current.width + x] = current.unsafe_get(x, y);
            }
        }
        return new InkImage(current.width, current.height, ink);
    }

    /**
     * The ink brought to MNIST's scale (cropped, its longer side {@link #MEASURE_SIZE} pixels by area averaging, as
     * MNIST's own digits were measured) and enlarged {@link #ENLARGE} times smoothly, so that thinning sees the same
     * resolution whatever the picture's size — a blocky enlarged sample as well as a 4000-pixel scan.
     */
    private static InkImage thinnable(InkImage image) {
        Bounds ink = Bounds.ofInk(image, MnistPreprocessor.INK_THRESHOLD);
        if (ink == null) {
            return image;
        }
        double scale = (double) MEASURE_SIZE / Math.max(ink.width(), ink.height());
        int w = Math.max(1, (int) Math.round(ink.width() * scale));
        int h = Math.max(1, (int) Math.round(ink.height() * scale));
        float[] small = Resampler.areaResample(image, ink, w, h);
        InkImage framed = new InkImage(w, h, small).crop(-1, -1, w + 2, h + 2);
        return Resampler.enlarge(framed, ENLARGE);
    }

    /**
     * Redraws the picture's skeleton with a round pen of {@code pen} pixels, anti-aliased, on a picture of the same
     * size with room for the wider ink.
     */
    public static InkImage redraw(Skeleton s, float pen) {
        int pad = (int) Math.ceil(pen / 2) + 1;
        int w = s.width() + 2 * pad;
        int h = s.height() + 2 * pad;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(pen, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(skeletonPath(s, pad));
        } finally {
            g.dispose();
        }
        byte[] grey = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        float[] ink = new float[w * h];
        for (int i = 0; i < ink.length; i++) {
            ink[i] = (grey[i] & 0xff) / 255f;
        }
        return new InkImage(w, h, ink);
    }

    /** Every link between 8-neighbouring skeleton pixels as a line segment, isolated pixels as dots. */
    private static Path2D skeletonPath(Skeleton s, int pad) {
        Path2D.Float path = new Path2D.Float();
        int w = s.width();
        int h = s.height();
        boolean[] p = s.pixels();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!p[y * w + x]) {
                    continue;
                }
                float cx = x + 0.5f + pad;
                float cy = y + 0.5f + pad;
                boolean linked = false;
                // forward links only, so each is drawn once
                int[][] forward = {{1, 0}, {-1, 1}, {0, 1}, {1, 1}};
                for (int[] d : forward) {
                    int nx = x + d[0];
                    int ny = y + d[1];
                    if (nx >= 0 && nx < w && ny < h && p[ny * w + nx]) {
                        path.moveTo(cx, cy);
                        path.lineTo(cx + d[0], cy + d[1]);
                        linked = true;
                    }
                }
                if (!linked) {
                    path.moveTo(cx, cy);
                    path.lineTo(cx, cy);
                }
            }
        }
        return path;
    }
}
