package org.digitworkbench.inference.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;
import org.deeplearning4j.nn.transferlearning.FineTuneConfiguration;
import org.deeplearning4j.nn.transferlearning.TransferLearning;
import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.Prediction;
import org.digitworkbench.api.corrections.CorrectedDigit;
import org.digitworkbench.api.corrections.Correction;
import org.digitworkbench.api.mnist.MnistSplit;
import org.digitworkbench.inference.Dl4jDigitClassifier;
import org.digitworkbench.inference.commands.EvaluateCommand;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Fine-tunes a served network on the user's corrections: 150 small Adam steps, each batch an eighth corrections
 * (distorted half of the time, so that the network learns the digit rather than the exact pixels) and seven eighths
 * undistorted MNIST training images, every step pulled a little back towards the served weights and MNIST's
 * normalisation statistics kept, so that what it knew is kept. Every fifth correction is held out to measure what
 * the fine-tuning earns on drawings it did not see.
 */
public final class FineTuner {

    /** How far MNIST test accuracy may fall before the result is not worth serving. */
    public static final double MNIST_TOLERANCE = 0.001;
    private static final int N = DigitImage.PIXELS;

    /**
     * @param anchor share of the distance from the served weights taken back after every step (an elastic pull
     *            towards what the network knew; 0 lets the weights go wherever the corrections lead)
     */
    public record Options(int steps, int userPerBatch, int mnistPerBatch, double learningRate, double anchor,
            long seed) {
        public static Options defaults() {
            return new Options(150, 16, 112, 5e-5, 0.01, 20261125L);
        }

        public Options withSteps(int otherSteps) {
            return new Options(otherSteps, userPerBatch, mnistPerBatch, learningRate, anchor, seed);
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
        MultiLayerNetwork tuned = train(served, learn, train, progress, cancelled);
        Dl4jDigitClassifier after = MnistTrainer.provisional(tuned);
        double mnistAfter = EvaluateCommand.evaluate(after, test).evaluation().accuracy();
        double heldOutAfter = accuracy(after, check);
        progress.accept(String.format("after: MNIST test %.4f, held-out corrections %.4f", mnistAfter, heldOutAfter));
        return new Report(tuned, learn.size(), check.size(), mnistBefore, mnistAfter, heldOutBefore, heldOutAfter,
                System.currentTimeMillis() - start);
    }

    /** The Adam steps on a copy of the served network; the result in the served network's configuration. */
    private MultiLayerNetwork train(MultiLayerNetwork served, List<CorrectedDigit> learn, MnistSplit train,
            Consumer<String> progress, BooleanSupplier cancelled) throws InterruptedException {
        MultiLayerNetwork net = new TransferLearning.Builder(served.clone())
                .fineTuneConfiguration(new FineTuneConfiguration.Builder().updater(new Adam(options.learningRate()))
                        .seed(options.seed()).build())
                .build();
        INDArray servedWeights = net.params().dup();
        Random random = new Random(options.seed());
        Augmenter augmenter = new Augmenter(options.seed());
        for (int step = 1; step <= options.steps(); step++) {
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("fine-tuning cancelled");
            }
            Batch batch = batch(learn, train, random, augmenter);
            net.fit(batch.features(), batch.labels());
            keepNormalisationStatistics(net, served);
            if (options.anchor() > 0) {
                // w ← w0 + (1 − anchor)(w − w0): an elastic pull back, without which the corrections move the
                // boundaries MNIST's test digits sit near
                INDArray params = net.params();
                params.subi(servedWeights).muli(1 - options.anchor()).addi(servedWeights);
            }
            if (step % 50 == 0 || step == options.steps()) {
                progress.accept(String.format("step %d/%d, loss %.4f", step, options.steps(), net.score()));
            }
        }
        // served as the original configuration (with its own updater), so the saved model is described as before
        MultiLayerNetwork tuned = new MultiLayerNetwork(served.getLayerWiseConfigurations().clone());
        tuned.init(net.params().dup(), false);
        return tuned;
    }

    private record Batch(INDArray features, INDArray labels) {
    }

    /** One step's batch: corrections first, then MNIST training images, drawn at random. */
    private Batch batch(List<CorrectedDigit> learn, MnistSplit train, Random random, Augmenter augmenter) {
        int size = options.userPerBatch() + options.mnistPerBatch();
        float[] raw = new float[N];
        float[] features = new float[size * N];
        float[] labels = new float[size * 10];
        for (int i = 0; i < size; i++) {
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
        return new Batch(Nd4j.create(features, new long[] {size, N}), Nd4j.create(labels, new long[] {size, 10}));
    }

    /**
     * Puts back the batch-normalisation layers' running mean and deviation after a step. Batches that are part
     * corrections would otherwise replace MNIST's statistics within a hundred steps, which alone cost 0.2–0.3 point
     * on MNIST; the layers' scale and shift still learn.
     */
    private static void keepNormalisationStatistics(MultiLayerNetwork net, MultiLayerNetwork served) {
        for (int i = 0; i < net.getnLayers(); i++) {
            if (net.getLayer(i).conf().getLayer() instanceof BatchNormalization) {
                for (String key : net.getLayer(i).paramTable().keySet()) {
                    if (!key.equals(BatchNormalizationParamInitializer.GAMMA)
                            && !key.equals(BatchNormalizationParamInitializer.BETA)) {
                        net.getLayer(i).getParam(key).assign(served.getLayer(i).getParam(key));
                    }
                }
            }
        }
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
