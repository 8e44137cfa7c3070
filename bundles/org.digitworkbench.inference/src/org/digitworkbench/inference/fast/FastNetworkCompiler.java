package org.digitworkbench.inference.fast;

import java.util.List;
import java.util.Random;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Translates a DL4J {@link MultiLayerNetwork} made of the layers our models use (valid stride-1 convolutions, batch
 * normalisation, ReLU, max pooling, dense, softmax output; with or without bias) into a {@link FastNetwork}, then
 * checks on random inputs that both give the same probabilities. Any other model, and any failure while translating,
 * is refused with a one-line reason, and DL4J answers alone.
 */
public final class FastNetworkCompiler {

    /** Largest difference in any probability tolerated between DL4J and the compiled network. */
    public static final double TOLERANCE = 1e-4;

    private FastNetworkCompiler() {
    }

    /** Thrown when a model holds something the compiled path does not reproduce. */
    public static final class UnsupportedModelException extends Exception {
        private static final long serialVersionUID = 1L;

        UnsupportedModelException(String message) {
            super(message.strip().replaceAll("\\s*\\R\\s*", " ")); // one line: it is logged and shown as is
        }
    }

    /** Compiles and verifies; {@code channels×height×width} is the network's input volume. */
    public static FastNetwork compile(MultiLayerNetwork net, int channels, int height, int width)
            throws UnsupportedModelException {
        try {
            List<Stage> stages = new LayerTranslation(net, channels, height, width).stages();
            FastNetwork fast = new FastNetwork(stages);
            verify(net, fast);
            return fast;
        } catch (RuntimeException e) {
            // a model this translation did not foresee must still be served, by DL4J: refuse, never fail the load
            StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            throw new UnsupportedModelException("not translatable: " + e.getClass().getSimpleName()
                    + (e.getMessage() != null ? " " + e.getMessage() : "")
                    + (at != null ? " at " + at.getFileName() + ":" + at.getLineNumber() : ""));
        }
    }

    /** Random dense and sparse (stroke-like) inputs must give DL4J's probabilities within {@link #TOLERANCE}. */
    private static void verify(MultiLayerNetwork net, FastNetwork fast) throws UnsupportedModelException {
        int n = 32;
        int size = fast.inputSize();
        Random random = new Random(42);
        float[] batch = new float[n * size];
        for (int i = 0; i < n; i++) {
            boolean sparse = i % 2 == 1;
            for (int p = 0; p < size; p++) {
                batch[i * size + p] = sparse ? (random.nextInt(6) == 0 ? random.nextFloat() : 0f) : random.nextFloat();
            }
        }
        INDArray expected = net.output(Nd4j.create(batch, new long[] {n, size}), false);
        if (expected.columns() != fast.outputSize()) {
            throw new UnsupportedModelException("output size " + expected.columns() + " != " + fast.outputSize());
        }
        float[] input = new float[size];
        for (int i = 0; i < n; i++) {
            System.arraycopy(batch, i * size, input, 0, size);
            float[] actual = fast.forward(input);
            for (int j = 0; j < actual.length; j++) {
                double diff = Math.abs(actual[j] - expected.getDouble(i, j));
                if (diff > TOLERANCE) {
                    throw new UnsupportedModelException(String.format(
                            "compiled network differs from DL4J by %.2e on check input %d, class %d", diff, i, j));
                }
            }
        }
    }
}
