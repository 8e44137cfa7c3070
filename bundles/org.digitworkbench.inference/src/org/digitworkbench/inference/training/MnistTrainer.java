package org.digitworkbench.inference.training;

import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.mnist.MnistSplit;
import org.digitworkbench.inference.Dl4jDigitClassifier;
import org.digitworkbench.inference.ModelMetadata;
import org.digitworkbench.inference.commands.EvaluateCommand;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains the network from scratch on the 60k MNIST training images with augmentation, evaluating on the 10k test
 * images after every epoch. Seeded: the same options give the same shuffles and distortions.
 */
final class MnistTrainer {

    private static final int N = DigitImage.PIXELS;

    record Result(MultiLayerNetwork network, Evaluation evaluation, long millis, int epochs) {
    }

    private final TrainingOptions options;
    private final Consumer<String> log;
    private final PenDigitSource pen;

    /** @param pen real pen digits to train on besides MNIST, or null for MNIST only */
    MnistTrainer(TrainingOptions options, PenDigitSource pen, Consumer<String> log) {
        this.options = options;
        this.pen = pen;
        this.log = log;
    }

    Result train(MnistSplit train, MnistSplit test) throws InterruptedException {
        long start = System.currentTimeMillis();
        int samples = train.size() + (pen == null ? 0 : pen.size());
        int batches = samples / options.batchSize();
        MultiLayerNetwork net = new MultiLayerNetwork(NetworkFactory.lenet(options, batches));
        net.init();
        log.accept(String.format("network %s, %,d parameters", NetworkFactory.describe(options), net.numParams()));
        Evaluation evaluation = null;
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            long epochStart = System.currentTimeMillis();
            BlockingQueue<float[][]> queue = new ArrayBlockingQueue<>(4);
            Thread producer = startProducer(train, epoch, batches, queue);
            double lossSum = 0;
            for (int b = 0; b < batches; b++) {
                float[][] batch = queue.take();
                INDArray features = Nd4j.create(batch[0], new long[] {options.batchSize(), N});
                INDArray labels = Nd4j.create(batch[1], new long[] {options.batchSize(), 10});
                net.fit(features, labels);
                lossSum += net.score();
                if (Thread.interrupted()) {
                    producer.interrupt();
                    throw new InterruptedException("training cancelled");
                }
            }
            producer.join();
            evaluation = evaluate(net, test);
            log.accept(String.format("epoch %d/%d: loss %.4f, test accuracy %.4f, %d s", epoch, options.epochs(),
                    lossSum / batches, evaluation.accuracy(), (System.currentTimeMillis() - epochStart) / 1000));
        }
        return new Result(net, evaluation, System.currentTimeMillis() - start, options.epochs());
    }

    /**
     * Shuffles and augments on a separate thread so the network never waits for images. Indices past the MNIST
     * images stand for pen digits, drawn anew each time.
     */
    private Thread startProducer(MnistSplit train, int epoch, int batches, BlockingQueue<float[][]> queue) {
        Thread t = new Thread(() -> {
            Random random = new Random(options.seed() * 31 + epoch);
            Augmenter augmenter = new Augmenter(options.seed() * 17 + epoch);
            int[] order = shuffled(train.size() + (pen == null ? 0 : pen.size()), random);
            float[] raw = new float[N];
            try {
                for (int b = 0; b < batches; b++) {
                    float[] features = new float[options.batchSize() * N];
                    float[] labels = new float[options.batchSize() * 10];
                    for (int i = 0; i < options.batchSize(); i++) {
                        int index = order[b * options.batchSize() + i];
                        int label;
                        if (index < train.size()) {
                            for (int p = 0; p < N; p++) {
                                raw[p] = train.pixel(index, p) / 255f;
                            }
                            label = train.label(index);
                            if (random.nextDouble() < options.augmentedShare(epoch)) {
                                augmenter.augment(raw, features, i * N);
                            } else {
                                System.arraycopy(raw, 0, features, i * N, N);
                            }
                        } else {
                            // pen digits are distorted as strokes, before they become an image
                            pen.render(index - train.size(), random, features, i * N);
                            label = pen.label(index - train.size());
                        }
                        labels[i * 10 + label] = 1f;
                    }
                    queue.put(new float[][] {features, labels});
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "mnist-augment");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static int[] shuffled(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        return order;
    }

    /**
     * DL4J's own Evaluation over the test split, of the predictions the workbench would make: the network is
     * served as it will be (the compiled path, checked against DL4J), which takes seconds instead of DL4J's tens.
     */
    static Evaluation evaluate(MultiLayerNetwork net, MnistSplit test) {
        return EvaluateCommand.evaluate(provisional(net), test).evaluation();
    }

    /** A network still being trained, served as it will be once saved (compiled and checked against DL4J). */
    static Dl4jDigitClassifier provisional(MultiLayerNetwork net) {
        return new Dl4jDigitClassifier(net, ModelMetadata.unknown("training", "training"), "training");
    }
}
