package org.digitworkbench.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.ModelService;
import org.digitworkbench.api.Prediction;
import org.digitworkbench.api.ink.Stroke;
import org.digitworkbench.api.mnist.MnistSplit;
import org.digitworkbench.api.mnist.MnistStore;
import org.digitworkbench.api.reading.DigitReading;
import org.digitworkbench.api.reading.Reading;
import org.digitworkbench.browser.model.Samples;
import org.digitworkbench.browser.model.Split;
import org.digitworkbench.browser.model.SplitPredictions;
import org.digitworkbench.tests.support.OsgiServices;
import org.digitworkbench.tests.support.PartHarness;
import org.digitworkbench.tests.support.SwtRobot;
import org.digitworkbench.tests.support.TestData;
import org.digitworkbench.tests.support.TestModels;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The served model swapped (File > Open Model…) while the browser scans MNIST's test set and the user draws. What
 * the user would notice: nothing fails, no error appears, and in the end every view shows the new model — the
 * browser all of its answers (not some of each), the Prediction view its reading of the drawing.
 */
class ModelSwapWhileWorkingTest {

    /** A second real model: the shipped network with 3 and 5 exchanged, so every 3 it reads is a 5 and back. */
    private static final int THREE = 3;
    private static final int FIVE = 5;

    /** Whatever fails anywhere while the test runs: logged errors, failed jobs, exceptions nobody caught. */
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final ILogListener errors = (status, plugin) -> {
        if (status.getSeverity() == IStatus.ERROR) {
            failures.add("logged: " + status);
        }
    };
    private final IJobChangeListener jobs = new JobChangeAdapter() {
        @Override
        public void done(IJobChangeEvent event) {
            if (event.getResult() != null && event.getResult().getSeverity() == IStatus.ERROR) {
                failures.add("job failed: " + event.getJob().getName() + ": " + event.getResult());
            }
        }
    };
    private Thread.UncaughtExceptionHandler previousHandler;
    private ModelService models;
    private DigitClassifier shipped;
    private String newName;
    private Path newModel;

    @BeforeEach
    void shippedModelServesAndFailuresAreHeard() throws Exception {
        TestData.mnist();
        models = OsgiServices.await(ModelService.class);
        shipped = OsgiServices.await(DigitClassifier.class);
        assertEquals("digits-cnn", shipped.info().name(), "the shipped model serves first");
        newName = TestModels.swappedName(THREE, FIVE);
        newModel = TestModels.swapped(THREE, FIVE, Files.createTempDirectory("model"));
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> failures.add(thread.getName() + " threw " + e));
        Platform.addLogListener(errors);
        Job.getJobManager().addJobChangeListener(jobs);
    }

    @AfterEach
    void stopListeningAndServeTheShippedModel() throws Exception {
        Platform.removeLogListener(errors);
        Job.getJobManager().removeJobChangeListener(jobs);
        Thread.setDefaultUncaughtExceptionHandler(previousHandler);
        if (models != null) {
            models.loadShipped();
        }
    }

    @Test
    void swappingTheModelWhileScanningAndDrawingEndsWithTheNewModelEverywhere() throws Exception {
        try (PartHarness browserWindow = new PartHarness(1500, 600);
                DrawingViews drawingViews = new DrawingViews(630)) {
            PartHarness views = drawingViews.harness;
            Browser browser = Browser.make(browserWindow);
            views.open();
            browserWindow.open();
            SwtRobot robot = browserWindow.robot;
            assertTrue(robot.waitUntil(() -> browser.runningJob() instanceof ClassifyJob, 120_000),
                    "the browser scans the test set");
            Job scan = browser.runningJob();
            views.shell.forceActive();
            openTheNewModelWhileDrawing(scan, drawingViews);

            assertTrue(robot.waitUntil(() -> browser.classifier() != null
                    && browser.classifier().info().name().equals(newName), 10_000), "the browser follows");
            robot.settle(); // the browser has started over with the new model
            DigitClassifier swapped = browser.classifier();
            thePredictionViewReadsWith(swapped, drawingViews);
            theBrowserShowsOnlyTheAnswersOf(swapped, browser, robot);

            List<Shell> shells = new ArrayList<>(List.of(browserWindow.display.getShells()));
            shells.removeIf(shell -> shell == browserWindow.shell || shell == views.shell || shell.isDisposed());
            assertEquals(List.of(), shells, "no dialog opened");
            assertEquals(List.of(), failures, "nothing failed");
        }
    }

    /** File > Open Model… loads in a job of its own while the user goes on drawing 3s. */
    private void openTheNewModelWhileDrawing(Job scan, DrawingViews drawingViews) throws Exception {
        List<Stroke> three = drawingViews.fitted(TestData.heldOutPenDigits().stream()
                .filter(d -> d.label() == THREE).findFirst().orElseThrow().strokes());
        AtomicReference<Exception> loadFailure = new AtomicReference<>();
        AtomicBoolean scanningWhenSwapped = new AtomicBoolean();
        Thread swap = new Thread(() -> {
            try {
                models.load(newModel);
                scanningWhenSwapped.set(scan.getState() != Job.NONE);
            } catch (Exception e) {
                loadFailure.set(e);
            }
        }, "open model");
        swap.start();
        int drawn = 0;
        while (swap.isAlive() || drawn < 2) {
            drawingViews.draw(three);
            drawn++;
        }
        swap.join();
        assertNull(loadFailure.get(), "the model loads");
        assertTrue(scanningWhenSwapped.get(), "the browser's scan was still running when the model changed");
    }

    /** The Prediction view: the drawing is read by the new model, and the view names it. */
    private void thePredictionViewReadsWith(DigitClassifier swapped, DrawingViews drawingViews) {
        PartHarness views = drawingViews.harness;
        assertTrue(views.robot.waitUntil(() -> drawingViews.current() != null
                && drawingViews.current().digits().size() == 1 && readsAs(swapped, drawingViews.current()), 10_000),
                "the Prediction view shows the new model's reading of the drawing");
        Reading last = drawingViews.current();
        DigitReading digit = last.digits().get(0);
        float[] exchanged = shipped.classify(digit.image()).probabilities();
        float x = exchanged[THREE];
        exchanged[THREE] = exchanged[FIVE];
        exchanged[FIVE] = x;
        assertArrayEquals(exchanged, digit.prediction().probabilities(), 1e-5f,
                "the shipped model's answer with 3 and 5 exchanged");
        assertEquals(Integer.toString(new Prediction(exchanged).digit()), last.number());
        assertTrue(views.all(Label.class).stream().anyMatch(l -> l.getText().startsWith("model " + newName)),
                "the Prediction view names the new model");
    }

    /** The browser: its scan ends with the new model's answers for every sample, not a mix. */
    private void theBrowserShowsOnlyTheAnswersOf(DigitClassifier swapped, Browser browser, SwtRobot robot)
            throws Exception {
        assertTrue(robot.waitUntil(() -> browser.runningJob() == null
                && browser.samples().errors(Split.TEST) >= 0, 120_000), "the test set classified again");
        Samples s = browser.samples();
        MnistStore store = TestData.mnist();
        int differsFromShipped = differences(Answers.of(shipped, store.load(MnistStore.Split.TEST)),
                s.predictions(Split.TEST));
        assertTrue(differsFromShipped > 1000, "the models disagree on " + differsFromShipped
                + " test samples: a mix would show");
        int testErrors = assertAnswersAre(swapped, store.load(MnistStore.Split.TEST), s.predictions(Split.TEST));
        String status = browser.statusLabel().getText();
        assertTrue(status.startsWith(String.format(Locale.ROOT, "Model %s: %d of 10,000 test samples wrong",
                newName, testErrors)), status);
    }

    private static boolean readsAs(DigitClassifier model, Reading reading) {
        DigitReading d = reading.digits().get(0);
        float[] expected = model.classify(d.image()).probabilities();
        float[] shown = d.prediction().probabilities();
        for (int i = 0; i < 10; i++) {
            if (Math.abs(expected[i] - shown[i]) > 1e-5f) {
                return false;
            }
        }
        return true;
    }

    private static int differences(List<Prediction> answers, SplitPredictions shown) {
        int differ = 0;
        for (int i = 0; i < answers.size(); i++) {
            differ += answers.get(i).digit() == shown.predicted(i) ? 0 : 1;
        }
        return differ;
    }

    /** Every answer shown is the model's own (digit and confidence); returns the model's mistakes on the split. */
    private static int assertAnswersAre(DigitClassifier model, MnistSplit split, SplitPredictions shown) {
        List<Prediction> answers = Answers.of(model, split);
        assertEquals(split.size(), shown.size());
        int mismatches = 0;
        int errors = 0;
        for (int i = 0; i < split.size(); i++) {
            Prediction p = answers.get(i);
            if (p.digit() != shown.predicted(i) || Math.abs(p.confidence() - shown.confidence(i)) > 1e-5f) {
                mismatches++;
            }
            errors += p.digit() == split.label(i) ? 0 : 1;
        }
        assertEquals(0, mismatches, split.name() + ": samples whose answer is not the new model's");
        return errors;
    }
}
