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
    /** Inputs on which the compiled network must answer as DL4J does. */
    static final int CHECK_INPUTS = 32;

    private FastNetworkCompiler() {
    }

    /** Thrown when a model holds something the compiled path does not reproduce. */
    public static final class UnsupportedModelException extends Exception {
        private static final long serialVersionUID = 1L;

        UnsupportedModelException(String message) {
            super(message.strip().replaceAll("\\s*\\R\\s*", " ")); // one line: it is logged and shown as is
        }
    }

    /** A compiled network and DL4J's probabilities on the check inputs, which it reproduced. */
    public record Verified(FastNetwork network, float[][] dl4jOutputs) {
    }

    /** Compiles and verifies; {@code channels×height×width} is the network's input volume. */
    public static FastNetwork compile(MultiLayerNetwork net, int channels, int height, int width)
            throws UnsupportedModelException {
        return compileVerified(net, channels, height, width).network();
    }

    /** The same, keeping DL4J's answers on the check inputs so that a saved copy can be checked again. */
    public static Verified compileVerified(MultiLayerNetwork net, int channels, int height, int width)
            throws UnsupportedModelException {
        try {
            List<Stage> stages = new LayerTranslation(net, channels, height, width).stages();
            FastNetwork fast = new FastNetwork(stages);
            float[][] inputs = checkInputs(fast.inputSize());
            INDArray expected = net.output(Nd4j.create(Matrices.flatten(inputs), new long[] {inputs.length,
                    fast.inputSize()}), false);
            if (expected.columns() != fast.outputSize()) {
                throw new UnsupportedModelException("output size " + expected.columns() + " != " + fast.outputSize());
            }
            float[][] dl4j = expected.toFloatMatrix();
            check(fast, dl4j, CHECK_INPUTS);
            return new Verified(fast, dl4j);
        } catch (RuntimeException e) {
            // a model this translation did not foresee must still be served, by DL4J: refuse, never fail the load
            StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            throw new UnsupportedModelException("not translatable: " + e.getClass().getSimpleName()
                    + (e.getMessage() != null ? " " + e.getMessage() : "")
                    + (at != null ? " at " + at.getFileName() + ":" + at.getLineNumber() : ""));
        }
    }

    /**
     * The compiled network must give DL4J's probabilities within {@link #TOLERANCE} on the first {@code count}
     * check inputs (half dense, half sparse): all of them at compilation, some again whenever a saved copy is read
     * back at start-up, where each costs a forward pass in still interpreted code (our kernels may have changed).
     */
    public static void check(FastNetwork fast, float[][] dl4jOutputs, int count) throws UnsupportedModelException {
        float[][] inputs = checkInputs(fast.inputSize());
        if (dl4jOutputs.length != inputs.length || count > inputs.length) {
            throw new UnsupportedModelException(dl4jOutputs.length + " recorded answers for " + inputs.length
                    + " check inputs");
        }
        for (int i = 0; i < count; i++) {
            float[] actual = fast.forward(inputs[i]);
            if (dl4jOutputs[i].length != actual.length) {
                throw new UnsupportedModelException("output size " + dl4jOutputs[i].length + " != " + actual.length);
            }
            for (int j = 0; j < actual.length; j++) {
                double diff = Math.abs(actual[j] - dl4jOutputs[i][j]);
                if (!(diff <= TOLERANCE)) { // NaN too
                    throw new UnsupportedModelException(String.format(
                            "compiled network differs from DL4J by %.2e on check input %d, class %d", diff, i, j));
                }
            }
        }
    }

    /** Random dense and sparse (stroke-like) inputs, the same every time. */
    static float[][] checkInputs(int size) {
        Random random = new Random(42);
        float[][] inputs = new float[CHECK_INPUTS][size];
        for (int i = 0; i < CHECK_INPUTS; i++) {
            boolean sparse = i % 2 == 1;
            for (int p = 0; p < size; p++) {
                inputs[i][p] = sparse ? (random.nextInt(6) == 0 ? random.nextFloat() : 0f) : random.nextFloat();
            }
        }
        return inputs;
    }
}
