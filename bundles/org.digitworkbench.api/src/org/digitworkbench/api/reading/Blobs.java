package org.digitworkbench.api.reading;

import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.api.image.InkImage;

/** Connected blobs of ink (8-neighbourhood) of a picture, specks dropped. */
final class Blobs {

    /** Blobs smaller than this share of the picture's shorter side, in both directions, are specks. */
    static final float SPECK = 0.03f;
    /** A blob standing alone and smaller than this share of the largest blob is a dot or a smudge, not a digit. */
    static final float DOT = 0.15f;

    private final int width;
    private final int[] labels;
    private final List<Box> boxes;
    private final boolean dropped;

    private Blobs(int width, int[] labels, List<Box> boxes, boolean dropped) {
        this.width = width;
        this.labels = labels;
        this.boxes = boxes;
        this.dropped = dropped;
    }

    /** Whether specks or dots were left out (then even a single digit must be cut out of the picture). */
    boolean droppedAny() {
        return dropped;
    }

    int count() {
        return boxes.size();
    }

    List<Box> boxes() {
        return boxes;
    }

    static Blobs find(InkImage image, float threshold) {
        int w = image.width();
        int h = image.height();
        int[] labels = new int[w * h];
        List<Box> boxes = new ArrayList<>();
        int[] stack = new int[w * h];
        float speck = SPECK * Math.min(w, h);
        int next = 0;
        for (int start = 0; start < labels.length; start++) {
            if (labels[start] != 0 || image.get(start % w, start / w) <= threshold) {
                continue;
            }
            int label = ++next;
            int minX = w;
            int minY = h;
            int maxX = -1;
            int maxY = -1;
            int top = 0;
            stack[top++] = start;
            labels[start] = label;
            while (top > 0) {
                int p = stack[--top];
                int x = p % w;
                int y = p / w;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx >= 0 && nx < w && ny >= 0 && ny < h) {
                            int q = ny * w + nx;
                            if (labels[q] == 0 && image.get(nx, ny) > threshold) {
                                labels[q] = label;
                                stack[top++] = q;
                            }
                        }
                    }
                }
            }
            boolean isSpeck = maxX - minX + 1 < speck && maxY - minY + 1 < speck;
            boxes.add(isSpeck ? null : new Box(minX, minY, maxX + 1, maxY + 1));
        }
        dropLoneDots(boxes);
        // drop specks and dots, renumbering the labels of the blobs kept
        int[] renumber = new int[boxes.size() + 1];
        List<Box> kept = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i) != null) {
                kept.add(boxes.get(i));
                renumber[i + 1] = kept.size();
            }
        }
        for (int i = 0; i < labels.length; i++) {
            labels[i] = renumber[labels[i]];
        }
        return new Blobs(w, labels, kept, kept.size() < boxes.size());
    }

    private static void dropLoneDots(List<Box> boxes) {
        float largest = 0;
        for (Box b : boxes) {
            if (b != null) {
                largest = Math.max(largest, Math.max(b.width(), b.height()));
            }
        }
        for (int i = 0; i < boxes.size(); i++) {
            Box b = boxes.get(i);
            if (b == null || Math.max(b.width(), b.height()) >= DOT * largest) {
                continue;
            }
            boolean alone = true;
            for (int j = 0; j < boxes.size() && alone; j++) {
                alone = j == i || boxes.get(j) == null || boxes.get(j).horizontalOverlap(b) == 0;
            }
            if (alone) {
                boxes.set(i, null);
            }
        }
    }

    /**
     * The ink of the given blobs within their box: blob pixels, and fainter edge pixels next to them (within 2 px),
     * so anti-aliased edges stay; other blobs' ink is left out.
     */
    InkImage cut(InkImage image, List<Integer> group, Box box) {
        int x0 = (int) box.x0();
        int y0 = (int) box.y0();
        int w = (int) box.x1() - x0;
        int h = (int) box.y1() - y0;
        boolean[] member = new boolean[boxes.size() + 1];
        for (int g : group) {
            member[g + 1] = true;
        }
        int height = labels.length / width;
        float[] ink = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int ix = x0 + x;
                int iy = y0 + y;
                if (ownedByGroup(ix, iy, member, height)) {
                    ink[y * w + x] = image.get(ix, iy);
                }
            }
        }
        return new InkImage(w, h, ink);
    }

    private boolean ownedByGroup(int x, int y, boolean[] member, int height) {
        int own = labels[y * width + x];
        if (own != 0) {
            return member[own];
        }
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if (nx >= 0 && nx < width && ny >= 0 && ny < height) {
                    int l = labels[ny * width + nx];
                    if (l != 0) {
                        return member[l];
                    }
                }
            }
        }
        return false;
    }
}
