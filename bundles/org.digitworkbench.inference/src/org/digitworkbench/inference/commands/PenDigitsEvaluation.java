package org.digitworkbench.inference.commands;

import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.Prediction;
import org.digitworkbench.api.ink.StrokeInput;
import org.digitworkbench.api.ink.UnipenReader.PenDigit;

/**
 * Real handwriting, one digit at a time: each recorded pen digit's strokes become the network's input exactly as
 * a digit drawn in the workbench does ({@link StrokeInput}), and are classified. A digit that comes out blank
 * counts as wrong.
 */
public final class PenDigitsEvaluation {

    private PenDigitsEvaluation() {
    }

    public static EvaluateCommand.Report evaluate(DigitClassifier classifier, List<PenDigit> digits, String source) {
        long start = System.currentTimeMillis();
        List<Prediction> predictions = new ArrayList<>(digits.size());
        int[] labels = new int[digits.size()];
        List<DigitImage> images = new ArrayList<>(digits.size());
        for (int i = 0; i < digits.size(); i++) {
            labels[i] = digits.get(i).label();
            images.add(StrokeInput.of(digits.get(i).strokes()).orElse(null));
        }
        List<DigitImage> drawn = images.stream().filter(java.util.Objects::nonNull).toList();
        List<Prediction> answers = classifier.classifyAll(drawn);
        int next = 0;
        for (int i = 0; i < digits.size(); i++) {
            predictions.add(images.get(i) == null ? wrongAnswer(labels[i]) : answers.get(next++));
        }
        return EvaluateCommand.score(classifier.info().name() + " on " + source, predictions, labels, start);
    }

    /** A drawing that comes out blank was not read: scored as a certain other digit, so it counts as an error. */
    private static Prediction wrongAnswer(int label) {
        float[] p = new float[10];
        p[(label + 1) % 10] = 1f;
        return new Prediction(p);
    }
}
