package org.digitworkbench.ui.prediction;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.ink.DrawingSnapshot;
import org.digitworkbench.api.reading.DigitMemory;
import org.digitworkbench.api.reading.NumberReader;
import org.digitworkbench.api.reading.Reading;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Reads drawings off the UI thread, newest first: a drawing that arrives while one is being read replaces any
 * other waiting one, so there is never a queue of stale requests. One Eclipse job does the work; scheduling it
 * while it runs makes it run once more afterwards, for whatever drawing is newest then.
 */
final class LiveRecognizer {

    private final AtomicReference<DrawingSnapshot> pending = new AtomicReference<>();
    /** Candidate digits already read: a mouse move costs only those its stroke is part of. */
    private final DigitMemory memory = new DigitMemory();
    private final Supplier<DigitClassifier> classifier;
    private final Consumer<Reading> sink;
    private final Job job;
    private volatile DrawingSnapshot latest;

    LiveRecognizer(Supplier<DigitClassifier> classifier, Consumer<Reading> sink) {
        this.classifier = classifier;
        this.sink = sink;
        this.job = Job.create("Reading the drawing", monitor -> {
            readNewest();
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.setPriority(Job.INTERACTIVE);
    }

    /** Asks for a reading of this drawing; older waiting drawings are dropped. */
    void submit(DrawingSnapshot drawing) {
        latest = drawing;
        pending.set(drawing);
        job.schedule();
    }

    /** Reads the newest drawing again (the model changed). */
    void again() {
        DrawingSnapshot drawing = latest;
        if (drawing != null) {
            submit(drawing);
        }
    }

    private void readNewest() {
        DrawingSnapshot drawing = pending.getAndSet(null);
        if (drawing == null) {
            return;
        }
        if (drawing.isEmpty()) {
            sink.accept(Reading.empty(drawing.version()));
            return;
        }
        DigitClassifier model = classifier.get();
        if (model == null) {
            pending.compareAndSet(null, drawing); // read it when the model arrives
            return;
        }
        sink.accept(NumberReader.read(model, drawing, memory));
    }

    void cancel() {
        job.cancel();
    }
}
