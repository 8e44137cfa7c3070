package org.digitworkbench.inference.fast;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
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
            List<Stage> stages = translate(net, channels, height, width);
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

    private static List<Stage> translate(MultiLayerNetwork net, int channels, int height, int width)
            throws UnsupportedModelException {
        List<Stage> stages = new ArrayList<>();
        int c = channels;
        int h = height;
        int w = width;
        boolean flat = false;
        PendingConv pending = null;
        Layer[] layers = net.getLayers();
        for (int i = 0; i < layers.length; i++) {
            org.deeplearning4j.nn.conf.layers.Layer conf = net.getLayerWiseConfigurations().getConf(i).getLayer();
            InputPreProcessor pre = net.getLayerWiseConfigurations().getInputPreProcess(i);
            if (pre != null && !(pre instanceof CnnToFeedForwardPreProcessor)
                    && !(pre instanceof FeedForwardToCnnPreProcessor)) {
                throw new UnsupportedModelException("layer " + i + ": input preprocessor " + pre);
            }
            if (pre instanceof CnnToFeedForwardPreProcessor cnn && cnn.getFormat() != CNN2DFormat.NCHW) {
                throw new UnsupportedModelException("layer " + i + ": flattening of format " + cnn.getFormat());
            }
            if (conf instanceof ConvolutionLayer conv && conf.getClass() == ConvolutionLayer.class) {
                flush(stages, pending);
                checkConv(i, conv);
                INDArray weights = layers[i].getParam("W");
                int k = conv.getKernelSize()[0];
                pending = new PendingConv(c, h, w, (int) conv.getNOut(), k, weights.dup().data().asFloat(),
                        biasOf(i, layers[i], conv.hasBias(), (int) conv.getNOut()),
                        activationOf(i, conv.getActivationFn()));
                c = (int) conv.getNOut();
                h = h - k + 1;
                w = w - k + 1;
            } else if (conf instanceof BatchNormalization bn) {
                if (pending == null || pending.activation != DenseStage.Activation.IDENTITY) {
                    throw new UnsupportedModelException("layer " + i + ": batch normalisation not after a linear conv");
                }
                if (bn.isLockGammaBeta()) {
                    throw new UnsupportedModelException("layer " + i + ": locked gamma/beta");
                }
                pending.foldBatchNorm(layers[i], bn);
            } else if (conf instanceof ActivationLayer act) {
                DenseStage.Activation a = activationOf(i, act.getActivationFn());
                if (pending == null || pending.activation != DenseStage.Activation.IDENTITY
                        || a == DenseStage.Activation.SOFTMAX) {
                    throw new UnsupportedModelException("layer " + i + ": activation layer not after a linear conv");
                }
                pending.activation = a;
            } else if (conf instanceof SubsamplingLayer pool && conf.getClass() == SubsamplingLayer.class) {
                flush(stages, pending);
                pending = null;
                checkPool(i, pool);
                int size = pool.getKernelSize()[0];
                stages.add(new MaxPoolStage(c, h, w, size));
                h /= size;
                w /= size;
            } else if (conf.getClass() == DenseLayer.class || conf.getClass() == OutputLayer.class) {
                flush(stages, pending);
                pending = null;
                org.deeplearning4j.nn.conf.layers.FeedForwardLayer ff =
                        (org.deeplearning4j.nn.conf.layers.FeedForwardLayer) conf;
                int nIn = flat ? (int) ff.getNIn() : c * h * w;
                if (ff.getNIn() != nIn) {
                    throw new UnsupportedModelException("layer " + i + ": nIn " + ff.getNIn() + " != " + nIn);
                }
                if (conf instanceof DenseLayer dense && dense.hasLayerNorm()) {
                    throw new UnsupportedModelException("layer " + i + ": layer normalisation");
                }
                boolean hasBias = conf instanceof DenseLayer dense ? dense.hasBias() : ((OutputLayer) conf).hasBias();
                INDArray weights = layers[i].getParam("W");
                if (weights.ordering() != 'f' && weights.ordering() != 'c') {
                    throw new UnsupportedModelException("layer " + i + ": weight ordering " + weights.ordering());
                }
                float[] rowMajor = weights.dup('c').data().asFloat();
                stages.add(new DenseStage(nIn, (int) ff.getNOut(), rowMajor,
                        biasOf(i, layers[i], hasBias, (int) ff.getNOut()), activationOf(i, ff.getActivationFn())));
                flat = true;
                c = (int) ff.getNOut();
                h = 1;
                w = 1;
            } else {
                throw new UnsupportedModelException("layer " + i + ": " + conf.getClass().getSimpleName());
            }
        }
        flush(stages, pending);
        if (stages.isEmpty()) {
            throw new UnsupportedModelException("no layers");
        }
        return stages;
    }

    /** A layer built with {@code hasBias(false)} has no "b" parameter: it adds nothing, a zero bias. */
    private static float[] biasOf(int i, Layer layer, boolean hasBias, int n) throws UnsupportedModelException {
        if (!hasBias) {
            return new float[n];
        }
        INDArray b = layer.getParam("b");
        if (b == null || b.length() != n) {
            throw new UnsupportedModelException("layer " + i + ": bias missing or not of size " + n);
        }
        return b.dup().data().asFloat();
    }

    private static void checkConv(int i, ConvolutionLayer conv) throws UnsupportedModelException {
        int[] k = conv.getKernelSize();
        int[] s = conv.getStride();
        int[] p = conv.getPadding();
        int[] d = conv.getDilation();
        boolean valid = conv.getConvolutionMode() == ConvolutionMode.Truncate
                || conv.getConvolutionMode() == ConvolutionMode.Strict;
        if (k[0] != k[1] || s[0] != 1 || s[1] != 1 || p[0] != 0 || p[1] != 0 || d[0] != 1 || d[1] != 1 || !valid
                || conv.getCnn2dDataFormat() != CNN2DFormat.NCHW) {
            throw new UnsupportedModelException("layer " + i + ": only square, valid, stride-1 NCHW convolutions");
        }
    }

    private static void checkPool(int i, SubsamplingLayer pool) throws UnsupportedModelException {
        int[] k = pool.getKernelSize();
        int[] s = pool.getStride();
        int[] p = pool.getPadding();
        if (pool.getPoolingType() != org.deeplearning4j.nn.conf.layers.PoolingType.MAX) {
            throw new UnsupportedModelException("layer " + i + ": " + pool.getPoolingType()
                    + " pooling (only max pooling is compiled)");
        }
        if (k[0] != k[1] || s[0] != k[0] || s[1] != k[1] || p[0] != 0 || p[1] != 0
                || pool.getConvolutionMode() == ConvolutionMode.Same || pool.getCnn2dDataFormat() != CNN2DFormat.NCHW) {
            throw new UnsupportedModelException("layer " + i + ": only square, non-overlapping max pooling");
        }
    }

    private static DenseStage.Activation activationOf(int i, IActivation fn) throws UnsupportedModelException {
        if (fn instanceof ActivationIdentity) {
            return DenseStage.Activation.IDENTITY;
        }
        if (fn instanceof ActivationSoftmax) {
            return DenseStage.Activation.SOFTMAX;
        }
        if (fn instanceof ActivationReLU relu && relu.equals(new ActivationReLU())) {
            return DenseStage.Activation.RELU;
        }
        throw new UnsupportedModelException("layer " + i + ": activation " + fn);
    }

    private static void flush(List<Stage> stages, PendingConv pending) throws UnsupportedModelException {
        if (pending != null) {
            if (pending.activation == DenseStage.Activation.SOFTMAX) {
                throw new UnsupportedModelException("softmax after a convolution");
            }
            stages.add(pending.build());
        }
    }

    /** A convolution still open to absorbing a following batch normalisation and activation. */
    private static final class PendingConv {
        final int inC;
        final int inH;
        final int inW;
        final int outC;
        final int k;
        final float[] weights;
        final float[] bias;
        DenseStage.Activation activation;

        PendingConv(int inC, int inH, int inW, int outC, int k, float[] weights, float[] bias,
                DenseStage.Activation activation) {
            this.inC = inC;
            this.inH = inH;
            this.inW = inW;
            this.outC = outC;
            this.k = k;
            this.weights = weights;
            this.bias = bias;
            this.activation = activation;
        }

        /** y = γ (x − μ) / √(σ² + ε) + β folded into w and b of the convolution that produced x. */
        void foldBatchNorm(Layer layer, BatchNormalization bn) {
            float[] gamma = layer.getParam("gamma").dup().data().asFloat();
            float[] beta = layer.getParam("beta").dup().data().asFloat();
            float[] mean = layer.getParam("mean").dup().data().asFloat();
            float[] variance = new float[outC];
            if (bn.isUseLogStd()) {
                float[] log10Std = layer.getParam("log10stdev").dup().data().asFloat();
                for (int o = 0; o < outC; o++) {
                    double std = Math.pow(10, log10Std[o]);
                    variance[o] = (float) (std * std);
                }
            } else {
                variance = layer.getParam("var").dup().data().asFloat();
            }
            int depth = inC * k * k;
            for (int o = 0; o < outC; o++) {
                double scale = gamma[o] / Math.sqrt(variance[o] + bn.getEps());
                for (int r = 0; r < depth; r++) {
                    weights[o * depth + r] = (float) (weights[o * depth + r] * scale);
                }
                bias[o] = (float) ((bias[o] - mean[o]) * scale + beta[o]);
            }
        }

        ConvStage build() {
            return new ConvStage(inC, inH, inW, outC, k, weights, bias,
                    activation == DenseStage.Activation.RELU);
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
