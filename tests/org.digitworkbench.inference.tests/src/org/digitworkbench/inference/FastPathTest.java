package org.digitworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;

import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.mnist.MnistSplit;
import org.digitworkbench.api.mnist.MnistStore;
import org.digitworkbench.inference.fast.FastNetwork;
import org.digitworkbench.inference.fast.FastNetworkCompiler;
import org.digitworkbench.tests.support.TestData;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The compiled forward pass gives DL4J's own probabilities on real digits, not only on the load-time check. */
class FastPathTest {

    /**
     * Both forms of the convolutions: the Vector API's (the tests' JVM, like the product's, adds its module) and
     * the plain loops (-Ddigits.vector=false), each one by one and in batches.
     */
    @Test
    void compiledNetworkMatchesDl4jOnRealDigits() throws Exception {
        ModelArchive.Loaded loaded;
        try (InputStream in = ModelHost.class.getResourceAsStream(ModelHost.SHIPPED_MODEL)) {
            loaded = ModelArchive.read(in, "digits-cnn.zip");
        }
        FastNetwork vectors = FastNetworkCompiler.compile(loaded.network(), 1, 28, 28);
        assertTrue(vectors.usesVectorApi(), "the Vector API is used when its module is there (--add-modules)");
        FastNetwork plain;
        System.setProperty("digits.vector", "false");
        try {
            plain = FastNetworkCompiler.compile(loaded.network(), 1, 28, 28);
        } finally {
            System.clearProperty("digits.vector");
        }
        assertFalse(plain.usesVectorApi());
        MnistSplit test = TestData.mnist().load(MnistStore.Split.TEST);
        int n = 1000;
        float[] batch = new float[n * DigitImage.PIXELS];
        float[][] inputs = new float[n][];
        for (int i = 0; i < n; i++) {
            test.image(i).copyTo(batch, i * DigitImage.PIXELS);
            inputs[i] = test.image(i).pixels();
        }
        INDArray expected = loaded.network().output(Nd4j.create(batch, new long[] {n, DigitImage.PIXELS}), false);
        for (FastNetwork fast : List.of(vectors, plain)) {
            // one by one (a drawing), and in batches over all cores (the browser's scan)
            float[][] single = new float[n][];
            for (int i = 0; i < n; i++) {
                single[i] = fast.forward(inputs[i]);
            }
            float[][] batched = fast.forwardAll(inputs);
            String path = fast.usesVectorApi() ? "Vector API" : "plain loops";
            double worst = Math.max(worst(single, expected, path + ", one by one"),
                    worst(batched, expected, path + ", in batches"));
            System.out.printf("compiled network (%s) and DL4J on %,d MNIST test digits, one by one and in batches: "
                    + "largest difference in a probability %.1e%n", path, n, worst);
            assertTrue(worst < FastNetworkCompiler.TOLERANCE, path + ": largest difference " + worst);
        }
    }

    private static double worst(float[][] probabilities, INDArray expected, String how) {
        double worst = 0;
        for (int i = 0; i < probabilities.length; i++) {
            float[] p = probabilities[i];
            assertEquals(10, p.length);
            for (int k = 0; k < 10; k++) {
                worst = Math.max(worst, Math.abs(p[k] - expected.getDouble(i, k)));
            }
            assertEquals(argmax(expected.getRow(i).toFloatVector()), argmax(p), "digit " + i + ", " + how);
        }
        return worst;
    }

    private static int argmax(float[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }
}
