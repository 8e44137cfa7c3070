package org.digitworkbench.inference.training;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ScheduleType;

/**
 * The shipped architecture: a LeNet-style CNN with batch normalisation — conv 5×5 → BN → ReLU → max-pool, twice,
 * then a dense layer with dropout and a softmax. Small enough to train in minutes on two cores and to answer in a
 * fraction of a millisecond.
 */
final class NetworkFactory {

    static final String DESCRIPTION_FORMAT =
            "conv5x5(%d)-bn-relu-pool2, conv5x5(%d)-bn-relu-pool2, dense(%d)-relu-dropout, softmax(10)";

    private NetworkFactory() {
    }

    static MultiLayerConfiguration lenet(TrainingOptions o, int iterationsPerEpoch) {
        // learning rate decays by o.lrDecayPerEpoch() every epoch, applied smoothly per iteration
        double gamma = Math.pow(o.lrDecayPerEpoch(), 1.0 / iterationsPerEpoch);
        return new NeuralNetConfiguration.Builder()
                .seed(o.seed())
                .updater(new Adam(new ExponentialSchedule(ScheduleType.ITERATION, o.learningRate(), gamma)))
                .weightInit(WeightInit.RELU)
                .l2(o.l2())
                .list()
                .layer(new ConvolutionLayer.Builder(5, 5).nIn(1).nOut(o.conv1()).activation(Activation.IDENTITY)
                        .build())
                .layer(new BatchNormalization.Builder().build())
                .layer(new ActivationLayer(Activation.RELU))
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2)
                        .stride(2, 2).build())
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(o.conv2()).activation(Activation.IDENTITY).build())
                .layer(new BatchNormalization.Builder().build())
                .layer(new ActivationLayer(Activation.RELU))
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2)
                        .stride(2, 2).build())
                .layer(new DenseLayer.Builder().nOut(o.dense()).activation(Activation.RELU)
                        .dropOut(1.0 - o.dropout()).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.NEGATIVELOGLIKELIHOOD).nOut(10)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutionalFlat(28, 28, 1))
                .build();
    }

    static String describe(TrainingOptions o) {
        return String.format(DESCRIPTION_FORMAT, o.conv1(), o.conv2(), o.dense());
    }
}
