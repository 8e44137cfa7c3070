package org.digitworkbench.inference.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.digitworkbench.api.CommandArguments;
import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.DigitsCommand;
import org.digitworkbench.api.Prediction;
import org.digitworkbench.api.image.InkImage;
import org.digitworkbench.api.image.MnistPreprocessor;
import org.digitworkbench.api.mnist.MnistSplit;
import org.digitworkbench.api.mnist.MnistStore;
import org.digitworkbench.inference.Dl4jDigitClassifier;
import org.digitworkbench.inference.ModelHost;
import org.digitworkbench.inference.Nd4jRuntime;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code digits bench}: measures, in one run and side by side, our classifier service and naive DL4J use
 * ({@code model.output} per image): drawing → probabilities latency, the 10k test-set scan, and start-up costs.
 * Figures are printed, never asserted: timing depends on the machine.
 */
@Component(service = DigitsCommand.class)
public final class BenchCommand implements DigitsCommand {

    private static final int DRAWING_SIZE = 280;
    private static final int SCAN_BATCH = 1000;
    private static final String LATENCY_HEADER =
            "                         p50      p90      p99     mean   per second";

    @Reference
    private ModelHost models;

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "latency (p50/p90/p99) and throughput: our service vs naive DL4J";
    }

    @Override
    public String usage() {
        return """
                digits bench [--runs N] [--drawings N]
                  Drawing → probabilities latency (preprocessing + inference) over N runs after warm-up (default
                  3000), the 10k MNIST test-set scan, ND4J start and model load, for our service and for naive DL4J;
                  the scan's multiply-adds per second as a share of this machine's sgemm (ND4J/OpenBLAS) measured
                  in the same run; our service on all 70k MNIST samples.
                  Drawings are MNIST test digits enlarged to 280×280 canvases (default 200 distinct ones).
                  Then reading a handwritten number of 1-6 digits from its strokes: whole (as Recognize does)
                  and live (after each 4-pixel mouse move while it is drawn, as the Draw view does).
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandArguments a = CommandArguments.parse(args, Set.of(), Set.of("--runs", "--drawings"));
        int runs = Math.max(100, a.intOption("--runs", 3000));
        int drawingCount = Math.max(10, a.intOption("--drawings", 200));
        long nd4jMillis = Nd4jRuntime.ensureStarted();
        Dl4jDigitClassifier service = models.awaitClassifier(120_000);
        double[] loadMillis = ModelLoadTimes.shippedModel();
        MnistSplit test = MnistStore.standard().load(MnistStore.Split.TEST);
        Function<DigitImage, float[]> ours = image -> service.classify(image).probabilities();
        Function<DigitImage, float[]> naive = naiveDl4j(service.network());
        // timings follow the machine's load (other builds, a browser): the load average says how busy it was
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        out.printf(Locale.ROOT, "model %s, %,d parameters, %d cores, Java %s, load average %.1f%n",
                service.info().name(), service.info().parameters(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), load);
        out.printf(Locale.ROOT, "start-up: ND4J init %d ms, model load the long way (restore + compile + verify) "
                + "%.0f ms, from its kept compiled network (read + check, no ND4J) %.0f ms%n", nd4jMillis,
                loadMillis[0], loadMillis[1]);
        drawingLatency(out, test, drawingCount, runs, ours, naive);
        readingLatency(out, service, runs);
        scans(out, test, service, naive);
        return 0;
    }

    /** What most DL4J code does: {@code model.output} on one image. */
    private static Function<DigitImage, float[]> naiveDl4j(MultiLayerNetwork network) {
        return image -> {
            INDArray output = network.output(Nd4j.create(image.pixels(), new long[] {1, DigitImage.PIXELS}), false);
            return output.data().asFloat();
        };
    }

    private static void drawingLatency(PrintStream out, MnistSplit test, int drawingCount, int runs,
            Function<DigitImage, float[]> ours, Function<DigitImage, float[]> naive) {
        List<InkImage> drawings = new ArrayList<>();
        for (int i = 0; i < drawingCount; i++) {
            drawings.add(enlarge(test.image(i), DRAWING_SIZE));
        }
        out.println("drawing -> probabilities (280x280 ink image: MNIST preprocessing + network), ms");
        out.println(LATENCY_HEADER);
        printLatency(out, "our service", latencies(drawings, ours, runs));
        printLatency(out, "naive DL4J", latencies(drawings, naive, runs));
    }

    private static void readingLatency(PrintStream out, DigitClassifier service, int runs) throws IOException {
        ReadingLatency reading = new ReadingLatency(service, 120);
        reading.whole(200); // warm-up
        out.println("handwritten numbers of 1-6 digits (80 px tall, held-out writers) -> reading, ms");
        out.println(LATENCY_HEADER);
        printLatency(out, "whole number", reading.whole(Math.max(300, runs / 10)));
        printLatency(out, "live, per move", reading.live());
    }

    /** The whole test set through the service's batch form, DL4J per image, and DL4J in batches. */
    private static void scans(PrintStream out, MnistSplit test, Dl4jDigitClassifier service,
            Function<DigitImage, float[]> naive) {
        out.println("10,000 MNIST test images, whole scan");
        List<DigitImage> images = new ArrayList<>(test.size());
        for (int i = 0; i < test.size(); i++) {
            images.add(test.image(i));
        }
        service.classifyAll(images.subList(0, 1000)); // warm-up
        long s = System.nanoTime();
        List<Prediction> predictions = service.classifyAll(images);
        long ourNanos = System.nanoTime() - s;
        printScan(out, "our service (classifyAll)", ourNanos, accuracy(predictions, test));
        machineShare(out, service.multiplyAddsPerImage() * images.size() / (ourNanos / 1e9));
        allSamples(out, service, images);
        s = System.nanoTime();
        List<Prediction> naivePredictions = new ArrayList<>(images.size());
        for (DigitImage image : images) {
            naivePredictions.add(new Prediction(naive.apply(image)));
        }
        printScan(out, "naive DL4J (output per image)", System.nanoTime() - s, accuracy(naivePredictions, test));
        s = System.nanoTime();
        List<Prediction> batchPredictions = dl4jInBatches(service.network(), images);
        printScan(out, "DL4J batches of 1,000", System.nanoTime() - s, accuracy(batchPredictions, test));
    }

    /** Batches of 1,000: one batch of 10,000 needs more native memory than ND4J is given here. */
    private static List<Prediction> dl4jInBatches(MultiLayerNetwork network, List<DigitImage> images) {
        List<Prediction> predictions = new ArrayList<>(images.size());
        for (int from = 0; from < images.size(); from += SCAN_BATCH) {
            List<DigitImage> batch = images.subList(from, Math.min(images.size(), from + SCAN_BATCH));
            float[] pixels = new float[batch.size() * DigitImage.PIXELS];
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).copyTo(pixels, i * DigitImage.PIXELS);
            }
            INDArray output = network.output(Nd4j.create(pixels, new long[] {batch.size(), DigitImage.PIXELS}), false);
            float[] flat = output.dup('c').data().asFloat();
            for (int i = 0; i < batch.size(); i++) {
                predictions.add(new Prediction(Arrays.copyOfRange(flat, i * 10, i * 10 + 10)));
            }
        }
        return predictions;
    }

    private static double[] latencies(List<InkImage> drawings, Function<DigitImage, float[]> model, int runs) {
        int warmup = Math.max(500, runs / 4);
        double[] times = new double[runs];
        for (int i = 0; i < warmup + runs; i++) {
            InkImage drawing = drawings.get(i % drawings.size());
            long start = System.nanoTime();
            DigitImage image = MnistPreprocessor.preprocess(drawing).orElseThrow();
            float[] p = model.apply(image);
            long elapsed = System.nanoTime() - start;
            if (p.length != 10) {
                throw new IllegalStateException("no probabilities");
            }
            if (i >= warmup) {
                times[i - warmup] = elapsed / 1e6;
            }
        }
        Arrays.sort(times);
        return times;
    }

    private static void printLatency(PrintStream out, String label, double[] sorted) {
        double mean = Arrays.stream(sorted).average().orElse(Double.NaN);
        out.printf(Locale.ROOT, "  %-18s %8.3f %8.3f %8.3f %8.3f %10.0f%n", label, percentile(sorted, 50),
                percentile(sorted, 90), percentile(sorted, 99), mean, 1000 / mean);
    }

    /** All 70,000 MNIST samples, as the browser classifies them when asked for the training set too. */
    private static void allSamples(PrintStream out, Dl4jDigitClassifier service, List<DigitImage> test) {
        MnistSplit train;
        try {
            train = MnistStore.standard().load(MnistStore.Split.TRAIN);
        } catch (IOException e) {
            out.println("  (no 70,000 scan: " + e.getMessage() + ")");
            return;
        }
        List<DigitImage> all = new ArrayList<>(test);
        for (int i = 0; i < train.size(); i++) {
            all.add(train.image(i));
        }
        long s = System.nanoTime();
        service.classifyAll(all);
        long nanos = System.nanoTime() - s;
        out.printf(Locale.ROOT, "  our service, all %,d (training + test) %8.0f ms  %8.0f images/s%n", all.size(),
                nanos / 1e6, all.size() / (nanos / 1e9));
    }

    /** The scan's arithmetic rate beside the machine's dense matrix product, measured now. */
    private static void machineShare(PrintStream out, double scanRate) {
        if (scanRate <= 0) {
            return; // DL4J serves the model: no compiled pass to count
        }
        double machine = MatrixMultiplyRate.multiplyAddsPerSecond();
        int n = MatrixMultiplyRate.SIZE;
        out.printf(Locale.ROOT, "  our scan: %.1f G multiply-adds/s = %.0f%% of this machine's sgemm now (ND4J/OpenBLAS,"
                + " %dx%dx%d: %.1f G/s)%n", scanRate / 1e9, 100 * scanRate / machine, n, n, n, machine / 1e9);
    }

    private static void printScan(PrintStream out, String label, long nanos, double accuracy) {
        out.printf(Locale.ROOT, "  %-30s %8.0f ms  %8.0f images/s  accuracy %.4f%n", label, nanos / 1e6,
                10_000 / (nanos / 1e9), accuracy);
    }

    static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double accuracy(List<Prediction> predictions, MnistSplit split) {
        int correct = 0;
        for (int i = 0; i < predictions.size(); i++) {
            if (predictions.get(i).digit() == split.label(i)) {
                correct++;
            }
        }
        return correct / (double) predictions.size();
    }

    /** An MNIST digit enlarged with bilinear interpolation, as a canvas-sized drawing. */
    private static InkImage enlarge(DigitImage image, int size) {
        float[] ink = new float[size * size];
        double scale = (double) DigitImage.SIZE / size;
        for (int y = 0; y < size; y++) {
            double sy = Math.max(0, (y + 0.5) * scale - 0.5);
            int y0 = Math.min(DigitImage.SIZE - 1, (int) sy);
            int y1 = Math.min(DigitImage.SIZE - 1, y0 + 1);
            double fy = sy - y0;
            for (int x = 0; x < size; x++) {
                double sx = Math.max(0, (x + 0.5) * scale - 0.5);
                int x0 = Math.min(DigitImage.SIZE - 1, (int) sx);
                int x1 = Math.min(DigitImage.SIZE - 1, x0 + 1);
                double fx = sx - x0;
                ink[y * size + x] = (float) ((1 - fy) * ((1 - fx) * image.get(x0, y0) + fx * image.get(x1, y0))
                        + fy * ((1 - fx) * image.get(x0, y1) + fx * image.get(x1, y1)));
            }
        }
        return new InkImage(size, size, ink);
    }
}
