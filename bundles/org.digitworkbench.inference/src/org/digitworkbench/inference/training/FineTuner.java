package org.digitworkbench.inference.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.Prediction;
import org.digitworkbench.api.corrections.CorrectedDigit;
import org.digitworkbench.api.corrections.Correction;
import org.digitworkbench.api.mnist.MnistSplit;
import org.digitworkbench.inference.Dl4jDigitClassifier;
import org.digitworkbench.inference.commands.EvaluateCommand;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Fine-tunes a served network on the user's corrections: a few hundred small steps at a low learning rate, each
 * batch a quarter corrections (distorted half of the time, so that the network learns the digit rather than the
 * exact pixels) and three quarters undistorted MNIST training images, so that what it knew is kept. Every fifth correction is held
 * out to measure what the fine-tuning earns on drawings it did not see.
 */
public final class FineTuner {

    /** How far MNIST test accuracy may fall before the result is not worth serving. */
    public static final double MNIST_TOLERANCE = 0.001;
    private static final int N = DigitImage.PIXELS;

    public record Options(int steps, int userPerBatch, int mnistPerBatch, double learningRate, long seed) {
        public static Options defaults() {
            return new Options(150, 32, 96, 5e-5, 20261125L);
        }
    }

    /** Accuracies before and after, on MNIST test and on the held-out corrections (NaN when none is held out). */
    public record Report(MultiLayerNetwork network, int trainDigits, int heldOutDigits, double mnistBefore,
            double mnistAfter, double heldOutBefore, double heldOutAfter, long millis) {

        public boolean keepsMnist() {
            return mnistAfter >= mnistBefore - MNIST_TOLERANCE;
        }
    }

    private final Options options;

    public FineTuner(Options options) {
        this.options = options;
    }

    /** Corrections in the order saved: every fifth is held out. */
    static boolean heldOut(int index) {
        return index % 5 == 4;
    }

    public Report fineTune(MultiLayerNetwork served, List<Correction> corrections, MnistSplit train, MnistSplit test,
            Consumer<String> progress, BooleanSupplier cancelled) throws InterruptedException {
        long start = System.currentTimeMillis();
        List<CorrectedDigit> learn = new ArrayList<>();
        List<CorrectedDigit> check = new ArrayList<>();
        for (int i = 0; i < corrections.size(); i++) {
            (heldOut(i) ? check : learn).addAll(corrections.get(i).digits());
        }
        if (learn.isEmpty()) {
            throw new IllegalStateException("no corrections to learn from yet: use \"That was a …\" in the "
                    + "Prediction view first");
        }
        progress.accept(String.format("%d digits to learn from, %d held out to check", learn.size(), check.size()));
        Dl4jDigitClassifier before = MnistTrainer.provisional(served);
        double mnistBefore = EvaluateCommand.evaluate(before, test).evaluation().accuracy();
        double heldOutBefore = accuracy(before, check);
        progress.accept(String.format("before: MNIST test %.4f, held-out corrections %.4f", mnistBefore,
                heldOutBefore));
        MultiLayerNetwork net = served.clone();
        net.setLearningRate(options.learningRate());
        Random random = new Random(options.seed());
        Augmenter augmenter = new Augmenter(options.seed());
        int batch = options.userPerBatch() + options.mnistPerBatch();
        float[] raw = new float[N];
        for (int step = 1; step <= options.steps(); step++) {
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("fine-tuning cancelled");
            }
            float[] features = new float[batch * N];
            float[] labels = new float[batch * 10];
            for (int i = 0; i < batch; i++) {
                int label;
                if (i < options.userPerBatch()) {
                    CorrectedDigit d = learn.get(random.nextInt(learn.size()));
                    d.input().copyTo(raw, 0);
                    label = d.label();
                } else {
                    int index = random.nextInt(train.size());
                    for (int p = 0; p < N; p++) {
                        raw[p] = train.pixel(index, p) / 255f;
                    }
                    label = train.label(index);
                }
                // MNIST as the served model last saw it (the recipe ends on clean epochs), so that batch
                // normalisation keeps its statistics; the corrections lightly distorted half of the time
                if (i < options.userPerBatch() && random.nextBoolean()) {
                    augmenter.augment(raw, features, i * N);
                } else {
                    System.arraycopy(raw, 0, features, i * N, N);
                }
                labels[i * 10 + label] = 1f;
            }
            net.fit(Nd4j.create(features, new long[] {batch, N}), Nd4j.create(labels, new long[] {batch, 10}));
            if (step % 50 == 0 || step == options.steps()) {
                progress.accept(String.format("step %d/%d, loss %.4f", step, options.steps(), net.score()));
            }
        }
        Dl4jDigitClassifier after = MnistTrainer.provisional(net);
        double mnistAfter = EvaluateCommand.evaluate(after, test).evaluation().accuracy();
        double heldOutAfter = accuracy(after, check);
        progress.accept(String.format("after: MNIST test %.4f, held-out corrections %.4f", mnistAfter, heldOutAfter));
        return new Report(net, learn.size(), check.size(), mnistBefore, mnistAfter, heldOutBefore, heldOutAfter,
                System.currentTimeMillis() - start);
    }

    /** Share of the digits read as the user labelled them; NaN for none. */
    static double accuracy(Dl4jDigitClassifier classifier, List<CorrectedDigit> digits) {
        if (digits.isEmpty()) {
            return Double.NaN;
        }
        List<DigitImage> inputs = digits.stream().map(CorrectedDigit::input).toList();
        List<Prediction> predictions = classifier.classifyAll(inputs);
        int right = 0;
        for (int i = 0; i < digits.size(); i++) {
            right += predictions.get(i).digit() == digits.get(i).label() ? 1 : 0;
        }
        return right / (double) digits.size();
    }
}
