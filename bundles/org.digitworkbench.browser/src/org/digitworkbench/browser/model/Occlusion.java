package org.digitworkbench.browser.model;

import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.Prediction;

/**
 * Occlusion sensitivity (Zeiler & Fergus 2014): a small patch of the digit is blanked out, in every position in
 * turn, and the drop of the predicted class's probability is recorded for the pixels the patch covered. Pixels
 * whose removal changes the decision most get the highest heat.
 */
public final class Occlusion {

    static final int PATCH = 4;
    static final int STRIDE = 2;

    private Occlusion() {
    }

    /** Heat per pixel (row-major 28×28), 0–1 after scaling to the largest drop; all zero if nothing matters. */
    public static float[] heatMap(DigitClassifier classifier, DigitImage image) {
        int n = DigitImage.SIZE;
        float[] pixels = image.pixels();
        Prediction original = classifier.classify(image);
        int target = original.digit();
        List<DigitImage> occluded = new ArrayList<>();
        List<int[]> origins = new ArrayList<>();
        for (int y = 0; y + PATCH <= n; y += STRIDE) {
            for (int x = 0; x + PATCH <= n; x += STRIDE) {
                float[] copy = pixels.clone();
                for (int dy = 0; dy < PATCH; dy++) {
                    for (int dx = 0; dx < PATCH; dx++) {
                        copy[(y + dy) * n + x + dx] = 0f;
                    }
                }
                occluded.add(new DigitImage(copy));
                origins.add(new int[] {x, y});
            }
        }
        List<Prediction> answers = classifier.classifyAll(occluded);
        float[] heat = new float[n * n];
        float[] covers = new float[n * n];
        for (int i = 0; i < answers.size(); i++) {
            float drop = Math.max(0f, original.probability(target) - answers.get(i).probability(target));
            int[] o = origins.get(i);
            for (int dy = 0; dy < PATCH; dy++) {
                for (int dx = 0; dx < PATCH; dx++) {
                    int p = (o[1] + dy) * n + o[0] + dx;
                    heat[p] += drop;
                    covers[p]++;
                }
            }
        }
        float max = 0f;
        for (int p = 0; p < heat.length; p++) {
            heat[p] = covers[p] == 0 ? 0 : heat[p] / covers[p];
            max = Math.max(max, heat[p]);
        }
        if (max > 0) {
            for (int p = 0; p < heat.length; p++) {
                heat[p] /= max;
            }
        }
        return heat;
    }
}
