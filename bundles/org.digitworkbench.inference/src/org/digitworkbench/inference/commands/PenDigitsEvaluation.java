package org.digitworkbench.inference.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.Prediction;
import org.digitworkbench.api.image.MnistPreprocessor;
import org.digitworkbench.api.ink.StrokeRasterizer;
import org.digitworkbench.api.ink.Strokes;
import org.digitworkbench.api.ink.UnipenReader;

/**
 * Real handwriting as a user would draw it: each recorded pen digit is placed on a square canvas (10% margin),
 * rendered with the canvas's round pen, prepared like any drawing and classified. A digit that comes out blank
 * counts as wrong.
 */
public final class PenDigitsEvaluation {

    private PenDigitsEvaluation() {
    }

    /** Canvas size and pen width of the standard measurement (a 400 px canvas, the default pen). */
    public static final int SIZE = 400;
    public static final int PEN = 26;

    public static EvaluateCommand.Report evaluate(DigitClassifier classifier, Path file, int size, int penWidth,
            IntPredicate writers) throws IOException {
        long start = System.currentTimeMillis();
        List<UnipenReader.PenDigit> digits = UnipenReader.read(file).stream().filter(d -> writers.test(d.writer()))
                .toList();
        List<Prediction> predictions = new ArrayList<>(digits.size());
        int[] labels = new int[digits.size()];
        for (int i = 0; i < digits.size(); i++) {
            UnipenReader.PenDigit d = digits.get(i);
            labels[i] = d.label();
            var strokes = Strokes.fit(d.strokes(), size, size, size / 10f);
            DigitImage image = MnistPreprocessor.preprocess(StrokeRasterizer.renderInk(strokes, size, size, penWidth))
                    .orElse(null);
            predictions.add(image == null ? wrongAnswer(d.label()) : classifier.classify(image));
        }
        return EvaluateCommand.score(classifier.info().name() + " on " + file.getFileName() + " (" + size + " px, pen "
                + penWidth + ")", predictions, labels, start);
    }

    /** A drawing that comes out blank was not read: scored as a certain other digit, so it counts as an error. */
    private static Prediction wrongAnswer(int label) {
        float[] p = new float[10];
        p[(label + 1) % 10] = 1f;
        return new Prediction(p);
    }
}
