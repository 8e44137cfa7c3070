package org.digitworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.digitworkbench.tests.support.OsgiServices;
import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.Prediction;
import org.digitworkbench.api.mnist.MnistSplit;
import org.digitworkbench.api.mnist.MnistStore;
import org.digitworkbench.inference.commands.EvaluateCommand;
import org.digitworkbench.tests.support.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped model, served as an OSGi service inside the framework, on the real MNIST test set. */
class ClassifierServiceTest {

    /** The accuracy the shipped model must keep on the 10,000 MNIST test images. */
    static final double REQUIRED_ACCURACY = 0.995;

    private static DigitClassifier classifier;
    private static MnistSplit test;

    @BeforeAll
    static void serviceAndData() throws InterruptedException, IOException {
        test = TestData.mnist().load(MnistStore.Split.TEST);
        classifier = OsgiServices.await(DigitClassifier.class);
    }

    @Test
    void serviceReadsRealMnistDigits() {
        int correct = 0;
        for (int i = 0; i < 200; i++) {
            Prediction p = classifier.classify(test.image(i));
            if (p.digit() == test.label(i)) {
                correct++;
            }
        }
        assertTrue(correct >= 197, correct + " of the first 200 test digits read correctly");
        Prediction seven = classifier.classify(test.image(0));
        assertEquals(7, seven.digit(), "the first MNIST test digit is a 7");
        assertTrue(seven.confidence() > 0.95f, "confidence " + seven.confidence());
    }

    @Test
    void shippedModelKeepsItsAccuracyOnTheWholeTestSet() {
        EvaluateCommand.Report report = EvaluateCommand.evaluate(classifier, test);
        double accuracy = report.evaluation().accuracy();
        System.out.printf("shipped model on the MNIST test set: accuracy %.4f, %d errors, %d ms%n", accuracy,
                report.errors().size(), report.millis());
        assertTrue(accuracy >= REQUIRED_ACCURACY, "accuracy " + accuracy);
        assertEquals(Math.round((1 - accuracy) * test.size()), report.errors().size());
        assertEquals(classifier.info().testAccuracy(), accuracy, 1e-4,
                "the accuracy recorded in the model file is the one measured here");
    }

    @Test
    void batchAndSingleAnswersAgreeAndThreadsMayShareTheService() throws Exception {
        List<DigitImage> images = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            images.add(test.image(i));
        }
        List<Prediction> batch = classifier.classifyAll(images);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Prediction>> singles = new ArrayList<>();
            for (DigitImage image : images) {
                singles.add(pool.submit(() -> classifier.classify(image)));
            }
            for (int i = 0; i < images.size(); i++) {
                float[] a = batch.get(i).probabilities();
                float[] b = singles.get(i).get().probabilities();
                for (int k = 0; k < 10; k++) {
                    assertEquals(a[k], b[k], 1e-5, "image " + i + " class " + k);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void modelDescribesItself() {
        assertEquals("digits-cnn", classifier.info().name());
        assertTrue(classifier.info().parameters() > 100_000);
        assertEquals("shipped", classifier.info().source());
    }
}
