package org.digitworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.ModelInfo;
import org.digitworkbench.api.ModelService;
import org.digitworkbench.api.Prediction;
import org.digitworkbench.api.mnist.MnistSplit;
import org.digitworkbench.api.mnist.MnistStore;
import org.digitworkbench.inference.commands.EvaluateCommand;
import org.digitworkbench.tests.support.OsgiServices;
import org.digitworkbench.tests.support.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Models of other shapes than the shipped one, trained here on real MNIST (a few seconds each), saved as DL4J zips
 * and opened as File > Open Model opens them: each is served, reads digits as well as it really does, gives DL4J's
 * own probabilities, and runs on the compiled path or on DL4J as expected (with the reason when on DL4J).
 */
class OtherModelShapesTest {

    private static final int TRAINING_IMAGES = 4000;
    private static final int BATCH = 50;
    private static final int TEST_IMAGES = 1000;
    private static final double ACCURACY_FLOOR = 0.8;

    private static MnistSplit train;
    private static MnistSplit test;
    private static ModelService models;

    @TempDir
    Path dir;

    @BeforeAll
    static void dataAndService() throws IOException, InterruptedException {
        train = TestData.mnist().load(MnistStore.Split.TRAIN);
        test = TestData.mnist().load(MnistStore.Split.TEST).head(TEST_IMAGES);
        models = OsgiServices.await(ModelService.class);
        OsgiServices.await(DigitClassifier.class); // the shipped model's first load must not overtake ours
        Nd4jRuntime.ensureStarted();
    }

    @AfterAll
    static void shippedModelBackInService() throws IOException {
        models.loadShipped();
    }

    @Test
    void multiLayerPerceptronRunsCompiled() throws Exception {
        check("mlp 784-100-10", base().list()
                .layer(new DenseLayer.Builder().nOut(100).activation(Activation.RELU).build())
                .layer(output().build())
                .setInputType(InputType.feedForward(DigitImage.PIXELS)).build(), null);
    }

    /** hasBias(false) layers have no bias parameter at all; the translation used to fail on it. */
    @Test
    void denseAndOutputLayersWithoutBiasRunCompiled() throws Exception {
        check("mlp without bias", base().list()
                .layer(new DenseLayer.Builder().nOut(100).activation(Activation.RELU).hasBias(false).build())
                .layer(output().hasBias(false).build())
                .setInputType(InputType.feedForward(DigitImage.PIXELS)).build(), null);
    }

    @Test
    void convolutionsWithoutBiasRunCompiled() throws Exception {
        check("cnn without conv bias", base().list()
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(8).activation(Activation.RELU).hasBias(false).build())
                .layer(maxPool())
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(16).activation(Activation.IDENTITY).hasBias(false)
                        .build())
                .layer(new BatchNormalization.Builder().build())
                .layer(new ActivationLayer(Activation.RELU))
                .layer(maxPool())
                .layer(output().build())
                .setInputType(InputType.convolutionalFlat(28, 28, 1)).build(), null);
    }

    @Test
    void averagePoolingIsServedByDl4jWithTheReason() throws Exception {
        check("cnn with average pooling", base().list()
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(8).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.AVG).kernelSize(2, 2).stride(2, 2)
                        .build())
                .layer(output().build())
                .setInputType(InputType.convolutionalFlat(28, 28, 1)).build(), "layer 1: AVG pooling");
    }

    @Test
    void otherActivationsAreServedByDl4jWithTheReason() throws Exception {
        check("mlp with tanh", base().list()
                .layer(new DenseLayer.Builder().nOut(100).activation(Activation.TANH).build())
                .layer(output().build())
                .setInputType(InputType.feedForward(DigitImage.PIXELS)).build(), "layer 0: activation tanh");
    }

    @Test
    void layerNormalisationIsServedByDl4jWithTheReason() throws Exception {
        check("mlp with layer norm", base().list()
                .layer(new DenseLayer.Builder().nOut(100).activation(Activation.RELU).hasLayerNorm(true).build())
                .layer(output().build())
                .setInputType(InputType.feedForward(DigitImage.PIXELS)).build(), "layer 0: layer normalisation");
    }

    private static NeuralNetConfiguration.Builder base() {
        return new NeuralNetConfiguration.Builder().seed(7).updater(new Adam(2e-3)).weightInit(WeightInit.RELU);
    }

    private static OutputLayer.Builder output() {
        return new OutputLayer.Builder(LossFunctions.LossFunction.NEGATIVELOGLIKELIHOOD).nOut(10)
                .activation(Activation.SOFTMAX);
    }

    private static SubsamplingLayer maxPool() {
        return new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build();
    }

    /**
     * Trains one epoch, saves, opens the file through the model service, then checks accuracy, agreement with DL4J
     * and the path; {@code refusal} is null when the compiled path must serve, else a part of the expected reason.
     */
    private void check(String name, MultiLayerConfiguration conf, String refusal) throws Exception {
        long start = System.currentTimeMillis();
        MultiLayerNetwork trained = new MultiLayerNetwork(conf);
        trained.init();
        for (int first = 0; first < TRAINING_IMAGES; first += BATCH) {
            trained.fit(pixels(train, first, BATCH), oneHot(train, first, BATCH));
        }
        long trainMillis = System.currentTimeMillis() - start;
        Path file = dir.resolve(name.replace(' ', '-') + ".zip");
        ModelSerializer.writeModel(trained, file.toFile(), false);

        ModelInfo info = models.load(file);
        DigitClassifier served = OsgiServices.await(DigitClassifier.class);
        assertEquals(info, served.info(), "the opened model is the one in service");
        assertEquals(file.toAbsolutePath().toString(), served.info().source());
        String reason = OsgiServices.await(ModelHost.class).awaitClassifier(0).compiledPathRefusal();
        if (refusal == null) {
            assertNull(reason, name + " must run compiled");
        } else {
            assertNotNull(reason, name + " must be served by DL4J");
            assertTrue(reason.contains(refusal), "reason: " + reason);
            assertTrue(!reason.contains("\n"), "one line: " + reason);
        }

        List<DigitImage> images = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) {
            images.add(test.image(i));
        }
        List<Prediction> answers = served.classifyAll(images);
        INDArray expected = trained.output(pixels(test, 0, test.size()), false);
        double worst = 0;
        for (int i = 0; i < answers.size(); i++) {
            float[] p = answers.get(i).probabilities();
            for (int k = 0; k < 10; k++) {
                worst = Math.max(worst, Math.abs(p[k] - expected.getDouble(i, k)));
            }
        }
        double accuracy = EvaluateCommand.evaluate(served, test).evaluation().accuracy();
        System.out.printf(Locale.ROOT, "model shape %-26s trained in %5d ms: accuracy %.4f on %d MNIST test images, "
                + "served %s, largest difference to DL4J %.1e%n", name, trainMillis, accuracy, test.size(),
                reason == null ? "compiled" : "by DL4J (" + reason + ")", worst);
        assertTrue(worst <= 1e-4, "largest difference to DL4J's output " + worst);
        assertTrue(accuracy >= ACCURACY_FLOOR, name + " accuracy " + accuracy);
    }

    private static INDArray pixels(MnistSplit split, int first, int count) {
        float[] batch = new float[count * DigitImage.PIXELS];
        for (int i = 0; i < count; i++) {
            split.image(first + i).copyTo(batch, i * DigitImage.PIXELS);
        }
        return Nd4j.create(batch, new long[] {count, DigitImage.PIXELS});
    }

    private static INDArray oneHot(MnistSplit split, int first, int count) {
        float[] labels = new float[count * 10];
        for (int i = 0; i < count; i++) {
            labels[i * 10 + split.label(first + i)] = 1f;
        }
        return Nd4j.create(labels, new long[] {count, 10});
    }
}
