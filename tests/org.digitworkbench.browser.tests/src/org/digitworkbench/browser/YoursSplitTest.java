package org.digitworkbench.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.corrections.CorrectedDigit;
import org.digitworkbench.api.corrections.Correction;
import org.digitworkbench.api.corrections.CorrectionStore;
import org.digitworkbench.api.reading.Box;
import org.digitworkbench.api.reading.Reading;
import org.digitworkbench.browser.model.BrowserTexts;
import org.digitworkbench.browser.model.SampleQuery;
import org.digitworkbench.browser.model.Samples;
import org.digitworkbench.browser.model.Split;
import org.digitworkbench.browser.model.UserSamples;
import org.digitworkbench.tests.support.PartHarness;
import org.digitworkbench.tests.support.SwtRobot;
import org.digitworkbench.tests.support.TestData;
import org.digitworkbench.ui.draw.Drawing;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Yours" in the MNIST Browser: the user's corrections as a third split beside MNIST's, read from a folder of the
 * test's own ({@code -Ddigits.corrections}), with the same filters, confusion matrix and detail as the others.
 */
class YoursSplitTest {

    private static final String YOURS = SampleQuery.Scope.YOURS.label;

    private Path folder;
    private String previousFolder;
    private PartHarness harness;
    private Browser browser;
    private SwtRobot robot;

    @BeforeEach
    void useAFolderOfTheTestsOwn() throws Exception {
        TestData.mnist();
        folder = Files.createTempDirectory("corrections");
        previousFolder = System.getProperty("digits.corrections");
        System.setProperty("digits.corrections", folder.toString());
    }

    @AfterEach
    void close() {
        if (harness != null) {
            harness.close();
        }
        if (previousFolder == null) {
            System.clearProperty("digits.corrections");
        } else {
            System.setProperty("digits.corrections", previousFolder);
        }
    }

    /** Opens the browser and waits until MNIST's test set and the user's corrections are read and classified. */
    private void openBrowser() {
        harness = new PartHarness(1500, 860);
        harness.context.set(Drawing.class, new Drawing());
        browser = Browser.make(harness);
        harness.open();
        robot = harness.robot;
        assertTrue(robot.waitUntil(() -> browser.samples() != null && browser.samples().errors(Split.TEST) >= 0
                && browser.samples().predictions(Split.YOURS) != null, 120_000),
                "test set and corrections read and classified");
    }

    private void showYours() {
        robot.choose(harness.find(Combo.class), YOURS);
    }

    private String status() {
        return browser.statusLabel().getText();
    }

    @Test
    void anEmptyYoursSaysHowToAddToIt() {
        openBrowser();
        showYours();
        assertEquals(0, browser.grid().count());
        assertEquals("0 shown", browser.countLabel().getText());
        assertEquals(BrowserTexts.NO_CORRECTIONS_YET, browser.grid().shownText(), "the grid says how to add to it");
        assertTrue(browser.grid().shownText().contains("\"That was a …\" in the Prediction view"));
    }

    /**
     * Corrections made of MNIST test samples: each of their digits is a sample of "Yours" whose true digit is the
     * user's label and whose answer is the served model's — the very answer the test split has for that image.
     */
    @Test
    void correctionsAreASplitWithTheSameFiltersMatrixAndDetail() throws Exception {
        DigitClassifier model = org.digitworkbench.tests.support.OsgiServices.await(DigitClassifier.class);
        var test = TestData.mnist().load(org.digitworkbench.api.mnist.MnistStore.Split.TEST);
        // test #0 as it is; #1-#3 as one number; #4 labelled one more than MNIST says (a digit the model "misread")
        int[][] corrections = {{0}, {1, 2, 3}, {4}};
        List<Integer> sources = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        CorrectionStore store = CorrectionStore.forUser();
        for (int[] indexes : corrections) {
            List<CorrectedDigit> digits = new ArrayList<>();
            for (int k = 0; k < indexes.length; k++) {
                DigitImage image = test.image(indexes[k]);
                int label = indexes[k] == 4 ? (test.label(4) + 1) % 10 : test.label(indexes[k]);
                digits.add(new CorrectedDigit(new Box(30 * k, 0, 30 * k + 28, 28), image,
                        model.classify(image).digit(), label));
                sources.add(indexes[k]);
                labels.add(label);
            }
            store.save(Correction.of(model.info().name(), List.of(), digits));
            Thread.sleep(2); // saved one after the other: "Yours" keeps their order
        }
        openBrowser();
        showYours();
        Samples s = browser.samples();
        assertEquals(5, browser.grid().count(), "one sample per corrected digit");
        int[][] expected = new int[10][10];
        Set<Integer> wrong = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            int id = browser.grid().idAt(i);
            int fromTest = Split.TEST.id(sources.get(i));
            assertEquals(Split.YOURS, Split.of(id));
            assertEquals((int) labels.get(i), s.label(id), "the user's label is the true digit");
            assertEquals(s.predicted(fromTest), s.predicted(id), "the served model's answer, as on test #" + i);
            assertArrayEquals(s.prediction(fromTest).probabilities(), s.prediction(id).probabilities(), 1e-6f);
            expected[s.label(id)][s.predicted(id)]++;
            if (s.isWrong(id)) {
                wrong.add(id);
            }
        }
        assertTrue(wrong.contains(Split.YOURS.id(4)), "the relabelled digit is a mistake of the model");
        assertArrayEquals(expected, browser.matrix().counts(), "the confusion matrix of Yours");
        assertTrue(status().contains(wrong.size() + " of your 5 corrected digits wrong"), status());

        robot.choose(harness.all(Combo.class).get(3), SampleQuery.Result.WRONG.label);
        assertEquals(wrong.size(), browser.grid().count(), "the right/wrong filter works on Yours");
        int mistake = Split.YOURS.id(4);
        robot.click(browser.matrix(), browser.matrix().cellBounds(s.label(mistake), s.predicted(mistake)));
        assertEquals(expected[s.label(mistake)][s.predicted(mistake)], browser.grid().count(),
                "a click on a cell shows those of your samples");
        assertEquals(Split.YOURS, Split.of(browser.grid().idAt(0)));

        robot.click(browser.grid(), browser.grid().tileBounds(0));
        int shown = browser.grid().idAt(0);
        String title = harness.all(Label.class).stream().map(Label::getText).filter(t -> t.startsWith("yours #"))
                .findFirst().orElseThrow(() -> new AssertionError("no detail title for the selected sample"));
        assertTrue(title.contains("true digit " + s.label(shown) + ", model says " + s.predicted(shown)), title);
        assertTrue(title.contains("read as " + model.classify(s.image(shown)).digit() + " by " + model.info().name()),
                "the detail says who misread it: " + title);
    }

    /** The whole way: a digit drawn, corrected under "That was a …" and saved appears in "Yours" at once. */
    @Test
    void aCorrectionSavedInThePredictionViewAppearsInYours() throws Exception {
        openBrowser();
        showYours();
        harness.shell.setSize(1500, 700);
        try (DrawingViews drawingViews = new DrawingViews(720)) {
            PartHarness views = drawingViews.harness;
            views.open();
            drawingViews.draw(drawingViews.fitted(TestData.heldOutPenDigits().get(11).strokes()));
            assertTrue(views.robot.waitUntil(() -> drawingViews.current() != null
                    && drawingViews.current().digits().size() == 1
                    && views.all(Text.class).stream().anyMatch(Text::isVisible), 10_000),
                    "one digit read and offered for correction");
            Reading read = drawingViews.current();
            int typed = (read.digits().get(0).prediction().digit() + 1) % 10;
            Text box = views.find(Text.class);
            box.setFocus();
            views.robot.settle();
            views.robot.key(0x30 + typed); // the digit key
            assertEquals(Integer.toString(typed), box.getText(), "the digit typed under \"That was a …\"");
            Button save = views.all(Button.class).stream().filter(b -> b.getText().equals("Save to my data"))
                    .findFirst().orElseThrow();
            views.robot.click(save, new Rectangle(0, 0, save.getSize().x, save.getSize().y));

            assertTrue(robot.waitUntil(() -> browser.grid().count() == 1, 10_000), "the correction is in Yours");
            int id = browser.grid().idAt(0);
            Samples s = browser.samples();
            assertEquals(typed, s.label(id), "true digit: what the user typed");
            assertEquals(read.digits().get(0).prediction().digit(), s.predicted(id),
                    "the model's answer: what it read in the drawing");
            assertEquals(read.digits().get(0).prediction().confidence(), s.confidence(id), 1e-5f);
            assertTrue(status().contains("1 of your 1 corrected digit wrong"), status());
        }
    }

    /** Files that are not corrections are named beside the matrix; the others are shown as usual. */
    @Test
    void unreadableCorrectionFilesAreShownNotThrown() throws Exception {
        DigitClassifier model = org.digitworkbench.tests.support.OsgiServices.await(DigitClassifier.class);
        DigitImage image = TestData.mnist().load(org.digitworkbench.api.mnist.MnistStore.Split.TEST).image(7);
        CorrectionStore.forUser().save(Correction.of(model.info().name(), List.of(),
                List.of(new CorrectedDigit(new Box(0, 0, 28, 28), image, model.classify(image).digit(), 9))));
        Files.writeString(folder.resolve("broken.json"), "{\"format\": 1, \"id\": ");
        Files.writeString(folder.resolve("empty.json"), "");
        openBrowser();
        showYours();
        assertEquals(1, browser.grid().count(), "the readable correction is shown");
        String status = status();
        assertTrue(status.contains("Not all of your corrections in " + folder + " could be read"), status);
        assertTrue(status.contains("broken.json: not a readable correction"), status);
        assertTrue(status.contains("empty.json: not a readable correction"), status);
    }

    /** A file where the corrections folder should be: said in the status line, MNIST browsable as ever. */
    @Test
    void aCorrectionsFolderThatIsAFileIsSaidPlainly() throws Exception {
        Path file = Files.createFile(folder.resolve("not-a-folder"));
        System.setProperty("digits.corrections", file.toString());
        openBrowser();
        assertEquals(10_000, browser.grid().count());
        assertTrue(status().contains(file + " is a file, not the folder of your corrections"), status());
        showYours();
        assertEquals(0, browser.grid().count());
        assertTrue(browser.samples().yours() != UserSamples.NOT_READ);
    }
}
