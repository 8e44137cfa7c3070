package org.digitworkbench.inference.fast;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;

/** A convolution still open to absorbing a following batch normalisation and activation. */
final class PendingConv {
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
