package org.digitworkbench.app.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.app.DialogWatch;
import org.digitworkbench.api.ModelInfo;
import org.digitworkbench.api.ModelService;
import org.digitworkbench.api.corrections.CorrectionStore;
import org.digitworkbench.api.corrections.FineTuning;
import org.digitworkbench.tests.support.HeldOutCorrections;
import org.digitworkbench.tests.support.OsgiServices;
import org.digitworkbench.tests.support.PartHarness;
import org.digitworkbench.tests.support.SystemProperties;
import org.digitworkbench.tests.support.TestData;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Fine-tune on My Corrections… as the menu runs it: the real handler made by e4 injection with the real OSGi
 * services (fine-tuning, model, classifier), its job, its progress dialog and its message dialogs, on real
 * corrections of the held-out writers and real MNIST. Message dialogs are answered by pressing their buttons; the
 * progress dialog's Cancel is clicked with the mouse.
 */
class FineTuneHandlerTest {

    private static final long JOB_MILLIS = 600_000;

    @TempDir
    Path dir;

    private PartHarness harness;
    private ModelService models;
    private DigitClassifier classifier;
    private FineTuneHandler handler;
    private DialogAnswerer dialogs;

    @BeforeEach
    void open() throws Exception {
        classifier = OsgiServices.await(DigitClassifier.class); // the first model is in service
        models = OsgiServices.await(ModelService.class);
        harness = new PartHarness(700, 450);
        harness.context.set(IServiceConstants.ACTIVE_SHELL, harness.shell);
        harness.open();
        handler = ContextInjectionFactory.make(FineTuneHandler.class, harness.context);
        dialogs = new DialogAnswerer(harness.shell);
    }

    @AfterEach
    void close() {
        dialogs.stop();
        harness.close();
    }

    @Test
    void withoutCorrectionsItSaysHowToMakeThem() throws Exception {
        Path none = dir.resolve("corrections");
        ModelInfo served = models.current();
        try (SystemProperties p = new SystemProperties().set("digits.corrections", none.toString())) {
            FineTuneJob job = runHandler();
            assertTrue(harness.robot.waitUntil(() -> dialogs.answered().size() == 1, JOB_MILLIS), "a message");
            DialogAnswerer.Answered said = dialogs.answered().get(0);
            assertEquals("No corrections yet", said.title());
            assertTrue(said.text().contains(FineTuneConclusion.noCorrections(none).message()), said.text());
            assertTrue(said.text().contains("\"That was a …\"") && said.text().contains("Prediction view"),
                    "it says where corrections are made: " + said.text());
            assertEquals(IStatus.INFO, job.getResult().getSeverity());
        }
        assertEquals(served, models.current());
        assertFalse(progressDialogOpen(), "the progress dialog closed");
    }

    @Test
    void cancelLeavesTheServedModelAsItWas() throws Exception {
        CorrectionStore store = new CorrectionStore(dir.resolve("corrections"));
        HeldOutCorrections.write(classifier, classifier.info().name(), store, 5);
        ModelInfo served = models.current();
        try (SystemProperties p = new SystemProperties().set("digits.corrections", store.folder().toString())) {
            FineTuneJob job = runHandler();
            assertTrue(harness.robot.waitUntil(() -> progressDialogOpen() && !job.lines().isEmpty(), JOB_MILLIS),
                    "the progress dialog shows the job at work");
            var cancel = DialogWatch.button(progressDialog(), "Cancel");
            assertNotNull(cancel, "the progress dialog has a Cancel button");
            Point size = cancel.getSize();
            harness.robot.click(cancel, new Rectangle(0, 0, size.x, size.y));
            assertTrue(harness.robot.waitUntil(() -> job.getResult() != null, JOB_MILLIS), "the job stops");
            assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.lines()::toString);
            assertEquals(FineTuneConclusion.Kind.CANCELLED, job.conclusion().kind());
            assertTrue(job.stepsDone() < job.stepsTotal(), "stopped before the end: " + job.stepsDone());
            assertTrue(harness.robot.waitUntil(() -> !progressDialogOpen(), 10_000), "the progress dialog closed");
        }
        harness.robot.settle();
        assertTrue(dialogs.answered().isEmpty(), "nothing to answer after Cancel: " + dialogs.answered());
        assertEquals(served, models.current(), "the model in service is unchanged");
        assertFalse(Files.exists(dir.resolve("models")), "nothing saved");
    }

    /**
     * A whole (short) fine-tuning: steps as the job's work units and the service's lines as its subtasks, shown in
     * the progress dialog; then the figures, and the model served if the user says Yes to a saved one, or the plain
     * word that it was not kept. Which of the two happens is the fine-tuner's business; each is checked.
     */
    @Test
    void showsProgressThenTheFiguresAndServesTheSavedModelOnYes() throws Exception {
        CorrectionStore store = new CorrectionStore(dir.resolve("corrections"));
        HeldOutCorrections.write(classifier, classifier.info().name(), store, 20);
        ModelInfo served = models.current();
        RecordingMonitor monitor = new RecordingMonitor();
        Job.getJobManager().setProgressProvider(new ProgressProvider() {
            @Override
            public IProgressMonitor createMonitor(Job job) {
                return job.belongsTo(FineTuneJob.class) ? monitor : new NullProgressMonitor();
            }
        });
        dialogs.answer("Fine-tuned model saved", "Yes");
        FineTuneJob job;
        Set<String> shown = new HashSet<>();
        try (SystemProperties p = new SystemProperties().set("digits.corrections", store.folder().toString())
                .set("digits.fineTune.steps", "10")) {
            job = runHandler();
            assertFalse(canExecute(), "one fine-tuning at a time");
            assertTrue(harness.robot.waitUntil(() -> {
                if (progressDialogOpen()) {
                    shown.addAll(DialogAnswerer.labels(progressDialog()));
                }
                return dialogs.answered().size() == 1;
            }, JOB_MILLIS), "the figures are shown when it ends");
        } finally {
            Job.getJobManager().setProgressProvider(null);
        }
        List<String> lines = job.lines();
        System.out.println("Fine-tune on My Corrections, 20 corrections, 10 steps:\n  " + String.join("\n  ", lines));
        assertEquals(FineTuneJob.NAME, monitor.task);
        assertEquals(10, monitor.total, "the training steps are the work units");
        assertEquals(10, monitor.worked.get());
        assertEquals(lines, monitor.subTasks, "the service's lines are the subtasks");
        assertTrue(shown.stream().anyMatch(text -> lines.stream().anyMatch(line -> shows(text, line))),
                "the progress dialog showed them: " + shown);

        checkTheFiguresAndTheirOutcome(job.conclusion(), lines, served);
    }

    /** The figures dialog says what the run printed, and the model is served only if it was saved and Yes said. */
    private void checkTheFiguresAndTheirOutcome(FineTuneConclusion conclusion, List<String> lines, ModelInfo served)
            throws Exception {
        DialogAnswerer.Answered said = dialogs.answered().get(0);
        System.out.println(said.title() + ":\n" + said.text());
        assertEquals(conclusion.title(), said.title());
        assertTrue(said.text().contains(conclusion.message()), said.text());
        // the figures are the ones digits train --user-data prints, from the same run
        assertTrue(said.text().contains("MNIST test set: " + after(lines, "MNIST test: ")), said.text());
        assertTrue(said.text().contains("Held-out corrections " + after(lines, "held-out corrections ")),
                said.text());
        assertTrue(canExecute(), "it can run again");

        if (conclusion.kind() == FineTuneConclusion.Kind.NOT_KEPT) {
            assertTrue(said.text().contains("not saved") && said.text().endsWith(FineTuneConclusion.UNCHANGED),
                    said.text());
            harness.robot.settle();
            assertEquals(served, models.current(), "the model in service is unchanged");
            assertFalse(Files.exists(dir.resolve("models")), "nothing saved");
            return;
        }
        assertEquals(FineTuneConclusion.Kind.OFFER_TO_SERVE, conclusion.kind());
        assertTrue(said.text().endsWith(FineTuneConclusion.SERVE_QUESTION), said.text());
        Path saved = conclusion.modelToServe().orElseThrow();
        assertEquals(dir.resolve("models"), saved.getParent());
        try {
            assertTrue(harness.robot.waitUntil(() -> saved.toAbsolutePath().toString().equals(
                    models.current().source()), JOB_MILLIS), "Yes serves the saved model: " + models.current());
            assertTrue(models.current().name().startsWith(served.name() + "-tuned-"), models.current().name());
        } finally {
            models.loadShipped();
        }
    }

    /**
     * The end of a fine-tuning whose result was saved, which the real run above reaches only when the fine-tuner
     * keeps MNIST: No leaves the model in service, Yes serves the saved file through the model service. The saved
     * file here is a real model (the shipped one, copied where fine-tuned models go).
     */
    @Test
    void yesServesTheSavedModelAndNoDoesNot() throws Exception {
        Path saved = Files.createDirectories(dir.resolve("models")).resolve("digits-cnn-tuned-20261125-120000.zip");
        Files.copy(TestData.repository().resolve("models").resolve("digits-cnn.zip"), saved);
        FineTuneConclusion conclusion = FineTuneConclusion.of(new FineTuning.Result(80, 20, 0.9959, 0.9955, 0.676,
                0.972, true, 0.001, Optional.of(saved), Duration.ofSeconds(95)));
        ModelInfo served = models.current();
        UISynchronize ui = harness.context.get(UISynchronize.class);
        try {
            dialogs.answer(conclusion.title(), "No");
            FineTuneHandler.show(harness.shell, conclusion, models, ui);
            assertEquals(1, dialogs.answered().size(), "asked once");
            assertEquals(conclusion.title(), dialogs.answered().get(0).title());
            assertTrue(dialogs.answered().get(0).text().contains(conclusion.message()), "with the figures");
            harness.robot.settle();
            assertEquals(served, models.current(), "No: the model in service stays");

            dialogs.answer(conclusion.title(), "Yes");
            FineTuneHandler.show(harness.shell, conclusion, models, ui);
            assertTrue(harness.robot.waitUntil(() -> saved.toAbsolutePath().toString().equals(
                    models.current().source()), JOB_MILLIS), "Yes serves the saved file: " + models.current());
        } finally {
            models.loadShipped();
        }
        assertEquals(2, dialogs.answered().size(), "no error after loading: " + dialogs.answered());
    }

    private FineTuneJob runHandler() {
        assertTrue(canExecute(), "enabled when the services are there");
        // a listener, not JobManager.find: a job with nothing to do may end before find would look
        AtomicReference<FineTuneJob> scheduled = new AtomicReference<>();
        IJobChangeListener listener = new JobChangeAdapter() {
            @Override
            public void scheduled(IJobChangeEvent event) {
                if (event.getJob() instanceof FineTuneJob job) {
                    scheduled.set(job);
                }
            }
        };
        Job.getJobManager().addJobChangeListener(listener);
        try {
            ContextInjectionFactory.invoke(handler, Execute.class, harness.context);
        } finally {
            Job.getJobManager().removeJobChangeListener(listener);
        }
        assertNotNull(scheduled.get(), "the handler scheduled its job");
        return scheduled.get();
    }

    private boolean canExecute() {
        return (Boolean) ContextInjectionFactory.invoke(handler, CanExecute.class, harness.context);
    }

    private Shell progressDialog() {
        for (var shell : harness.shell.getShells()) {
            if (!shell.isDisposed() && FineTuneProgressDialog.TITLE.equals(shell.getText())) {
                return shell;
            }
        }
        return null;
    }

    private boolean progressDialogOpen() {
        return progressDialog() != null;
    }

    /** Whether a label shows the line, whole or shortened in the middle as JFace does ("start...end"). */
    private static boolean shows(String text, String line) {
        int cut = text.indexOf("...");
        return text.equals(line) || cut > 0 && line.startsWith(text.substring(0, cut))
                && line.endsWith(text.substring(cut + 3));
    }

    /** What follows the prefix in the line that starts with it. */
    private static String after(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + prefix + " in " + lines)).substring(prefix.length());
    }
}
