package org.digitworkbench.browser;

import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.Prediction;
import org.digitworkbench.api.mnist.MnistSplit;

/** A model's answers for a whole MNIST split, asked directly (not through the browser), to compare with it. */
final class Answers {

    private Answers() {
    }

    static List<Prediction> of(DigitClassifier model, MnistSplit split) {
        List<Prediction> answers = new ArrayList<>(split.size());
        for (int start = 0; start < split.size(); start += 1000) {
            List<DigitImage> images = new ArrayList<>();
            for (int i = start; i < Math.min(split.size(), start + 1000); i++) {
                images.add(split.image(i));
            }
            answers.addAll(model.classifyAll(images));
        }
        return answers;
    }
}
