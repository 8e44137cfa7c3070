package org.digitworkbench.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.ModelService;
import org.digitworkbench.api.Prediction;
import org.digitworkbench.api.mnist.MnistSplit;
import org.digitworkbench.api.mnist.MnistStore;
import org.digitworkbench.browser.model.Split;
import org.digitworkbench.tests.support.OsgiServices;
import org.digitworkbench.tests.support.PartHarness;
import org.digitworkbench.tests.support.SwtRobot;
import org.digitworkbench.tests.support.TestData;
import org.digitworkbench.tests.support.TestModels;
import org.digitworkbench.ui.draw.Drawing;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A classification of MNIST that was cancelled, or that another model made stale, never shows its answers — even
 * when it had computed them all before the view heard of the cancel or the new model, because the UI thread was
 * busy and the answers were still on their way to it. The tests hold the UI thread back to make that moment
 * certain instead of hoping a race comes out one way.
 */
class StaleClassificationTest {

    private PartHarness harness;
    private Browser browser;
    private SwtRobot robot;

    @BeforeEach
    void open() throws Exception {
        TestData.mnist();
        OsgiServices.await(DigitClassifier.class); // the model is in service: opening starts the scan at once
        harness = new PartHarness(1500, 860);
        harness.context.set(Drawing.class, new Drawing());
        browser = Browser.make(harness);
        harness.open();
        robot = harness.robot;
    }

    @AfterEach
    void close() {
        harness.close();
    }

    /** The scan of the test set once it runs; from here on the test decides when the UI thread runs. */
    private Job scanOfTheTestSet() {
        assertTrue(robot.waitUntil(() -> browser.runningJob() instanceof ClassifyJob && cancelButton().isVisible(),
                60_000), "the browser classifies the test set, with progress and Cancel");
        assertNull(browser.samples().predictions(Split.TEST), "nothing classified yet");
        return browser.runningJob();
    }

    private Button cancelButton() {
        return harness.all(Button.class).stream().filter(b -> b.getText().equals("Cancel")).findFirst()
                .orElseThrow();
    }

    private String status() {
        return browser.statusLabel().getText();
    }

    @Test
    void aCancelledScanShowsNoneOfItsAnswers() throws Exception {
        Job scan = scanOfTheTestSet();
        scan.join(); // every answer computed and handed to the UI thread, which has not run since
        Button cancel = cancelButton();
        assertTrue(cancel.isVisible(), "the user still sees the progress and Cancel");
        cancel.notifyListeners(SWT.Selection, new Event()); // the user's click, taken before the answers
        robot.settle();

        assertFalse(cancel.isVisible(), "the progress is gone");
        assertNull(browser.samples().predictions(Split.TEST), "no answer of the cancelled scan is shown");
        assertNull(browser.matrix().counts(), "no confusion matrix from the cancelled scan");
        for (int i = 0; i < browser.grid().count(); i++) {
            assertFalse(browser.samples().isWrong(browser.grid().idAt(i)), "no mistake framed in red");
        }
        assertTrue(status().contains("classification cancelled"), status());
    }

    @Test
    void aScanMadeStaleByAnotherModelShowsNoneOfItsAnswers() throws Exception {
        ModelService models = OsgiServices.await(ModelService.class);
        String swapped = TestModels.swappedName(3, 5);
        var file = TestModels.swapped(3, 5, Files.createTempDirectory("model"));
        Job scan = scanOfTheTestSet();
        try {
            scan.join(); // the shipped model's answers are on their way to the UI thread
            models.load(file); // meanwhile another model is opened
            waitWithoutTheUiThread(() -> browser.classifier() != null
                    && browser.classifier().info().name().equals(swapped));

            List<int[][]> matrices = new ArrayList<>();
            List<String> statuses = new ArrayList<>();
            assertTrue(robot.waitUntil(() -> {
                if (browser.matrix().counts() != null) { // whatever the user sees from now on
                    matrices.add(browser.matrix().counts());
                    statuses.add(status());
                }
                return browser.runningJob() == null && browser.samples().errors(Split.TEST) >= 0;
            }, 120_000), "the test set classified with " + swapped);

            int[][] expected = confusionOfTheTestSet(browser.classifier());
            assertTrue(expected[3][5] > 900, "the swapped model reads 3 as 5: " + expected[3][5]);
            for (int[][] shown : matrices) {
                assertArrayEquals(expected, shown, "only the new model's answers are ever shown");
            }
            int errors = 0;
            for (int t = 0; t < 10; t++) {
                for (int p = 0; p < 10; p++) {
                    errors += t == p ? 0 : expected[t][p];
                }
            }
            for (String status : statuses) {
                assertTrue(status.startsWith(String.format("Model %s: %d of 10,000 test samples wrong", swapped,
                        errors)), status);
            }
        } finally {
            models.loadShipped();
        }
    }

    /** Sleeps until the condition holds; UI events and results of jobs stay queued meanwhile. */
    private static void waitWithoutTheUiThread(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "the browser did not hear of the new model");
            Thread.sleep(5);
        }
    }

    private static int[][] confusionOfTheTestSet(DigitClassifier model) throws Exception {
        MnistSplit test = TestData.mnist().load(MnistStore.Split.TEST);
        List<Prediction> answers = Answers.of(model, test);
        int[][] counts = new int[10][10];
        for (int i = 0; i < test.size(); i++) {
            counts[test.label(i)][answers.get(i).digit()]++;
        }
        return counts;
    }
}
