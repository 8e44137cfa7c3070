package org.digitworkbench.soak;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

/**
 * Reads the platform log as it is written: the Prediction view logs every finished prediction in one line, so
 * the log counts predictions exactly (on the recognizer's thread, before the view is told); any error logged by
 * any bundle during the session counts as one.
 */
final class LogWatch implements ILogListener, AutoCloseable {

    /** How the Prediction view's log line begins (Reading.logLine). */
    private static final String PREDICTION = "prediction digits=";

    private final AtomicInteger predictions = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicReference<String> firstError = new AtomicReference<>();

    LogWatch() {
        Platform.addLogListener(this);
    }

    @Override
    public void logging(IStatus status, String plugin) {
        if (status.getSeverity() == IStatus.INFO && status.getMessage().startsWith(PREDICTION)) {
            predictions.incrementAndGet();
        } else if (status.getSeverity() == IStatus.ERROR) {
            Throwable cause = status.getException();
            error(plugin + ": " + status.getMessage() + (cause == null ? "" : " (" + cause + ")"));
        }
    }

    /** An error seen by the session itself (a reading that never came, an exception on the UI thread). */
    void error(String what) {
        errors.incrementAndGet();
        firstError.compareAndSet(null, what);
    }

    int predictions() {
        return predictions.get();
    }

    int errors() {
        return errors.get();
    }

    /** The first error, or null. */
    String firstError() {
        return firstError.get();
    }

    @Override
    public void close() {
        Platform.removeLogListener(this);
    }
}
