package org.digitworkbench.inference.fast;

import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.digitworkbench.inference.fast.FastNetworkCompiler.UnsupportedModelException;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One pass over a DL4J network's layers, turning each into {@link Stage}s while following the shape of the volume
 * between them. A convolution stays pending so that the batch normalisation and activation after it fold into it.
 */
final class LayerTranslation {

    private final Layer[] layers;
    private final MultiLayerConfiguration config;
    private final List<Stage> stages = new ArrayList<>();
    private int c;
    private int h;
    private int w;
    private boolean flat;
    private PendingConv pending;

    LayerTranslation(MultiLayerNetwork net, int channels, int height, int width) {
        this.layers = net.getLayers();
        this.config = net.getLayerWiseConfigurations();
        this.c = channels;
        this.h = height;
        this.w = width;
    }

    List<Stage> stages() throws UnsupportedModelException {
        for (int i = 0; i < layers.length; i++) {
            org.deeplearning4j.nn.conf.layers.Layer conf = config.getConf(i).getLayer();
            checkPreprocessor(i, config.getInputPreProcess(i));
            if (conf instanceof ConvolutionLayer conv && conf.getClass() == ConvolutionLayer.class) {
                convolution(i, conv);
            } else if (conf instanceof BatchNormalization bn) {
                batchNormalization(i, bn);
            } else if (conf instanceof ActivationLayer act) {
                activation(i, act);
            } else if (conf instanceof SubsamplingLayer pool && conf.getClass() == SubsamplingLayer.class) {
                pooling(i, pool);
            } else if (conf.getClass() == DenseLayer.class || conf.getClass() == OutputLayer.class) {
                dense(i, (FeedForwardLayer) conf);
            } else {
                throw new UnsupportedModelException("layer " + i + ": " + conf.getClass().getSimpleName());
            }
        }
        flush();
        if (stages.isEmpty()) {
            throw new UnsupportedModelException("no layers");
        }
        return stages;
    }

    private static void checkPreprocessor(int i, InputPreProcessor pre) throws UnsupportedModelException {
        if (pre != null && !(pre instanceof CnnToFeedForwardPreProcessor)
                && !(pre instanceof FeedForwardToCnnPreProcessor)) {
            throw new UnsupportedModelException("layer " + i + ": input preprocessor " + pre);
        }
        if (pre instanceof CnnToFeedForwardPreProcessor cnn && cnn.getFormat() != CNN2DFormat.NCHW) {
            throw new UnsupportedModelException("layer " + i + ": flattening of format " + cnn.getFormat());
        }
    }

    private void convolution(int i, ConvolutionLayer conv) throws UnsupportedModelException {
        flush();
        checkConv(i, conv);
        INDArray weights = layers[i].getParam("W");
        int k = conv.getKernelSize()[0];
        pending = new PendingConv(c, h, w, (int) conv.getNOut(), k, weights.dup().data().asFloat(),
                biasOf(i, layers[i], conv.hasBias(), (int) conv.getNOut()), activationOf(i, conv.getActivationFn()));
        c = (int) conv.getNOut();
        h = h - k + 1;
        w = w - k + 1;
    }

    private void batchNormalization(int i, BatchNormalization bn) throws UnsupportedModelException {
        if (pending == null || pending.activation != DenseStage.Activation.IDENTITY) {
            throw new UnsupportedModelException("layer " + i + ": batch normalisation not after a linear conv");
        }
        if (bn.isLockGammaBeta()) {
            throw new UnsupportedModelException("layer " + i + ": locked gamma/beta");
        }
        pending.foldBatchNorm(layers[i], bn);
    }

    private void activation(int i, ActivationLayer act) throws UnsupportedModelException {
        DenseStage.Activation a = activationOf(i, act.getActivationFn());
        if (pending == null || pending.activation != DenseStage.Activation.IDENTITY
                || a == DenseStage.Activation.SOFTMAX) {
            throw new UnsupportedModelException("layer " + i + ": activation layer not after a linear conv");
        }
        pending.activation = a;
    }

    private void pooling(int i, SubsamplingLayer pool) throws UnsupportedModelException {
        flush();
        checkPool(i, pool);
        int size = pool.getKernelSize()[0];
        stages.add(new MaxPoolStage(c, h, w, size));
        h /= size;
        w /= size;
    }

    private void dense(int i, FeedForwardLayer ff) throws UnsupportedModelException {
        flush();
        int nIn = flat ? (int) ff.getNIn() : c * h * w;
        if (ff.getNIn() != nIn) {
            throw new UnsupportedModelException("layer " + i + ": nIn " + ff.getNIn() + " != " + nIn);
        }
        if (ff instanceof DenseLayer dense && dense.hasLayerNorm()) {
            throw new UnsupportedModelException("layer " + i + ": layer normalisation");
        }
        boolean hasBias = ff instanceof DenseLayer dense ? dense.hasBias() : ((OutputLayer) ff).hasBias();
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

    /** Ends the pending convolution, if any. */
    private void flush() throws UnsupportedModelException {
        if (pending != null) {
            if (pending.activation == DenseStage.Activation.SOFTMAX) {
                throw new UnsupportedModelException("softmax after a convolution");
            }
            stages.add(pending.build());
            pending = null;
        }
    }
}
