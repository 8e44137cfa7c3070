package org.digitworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.tests.support.OsgiServices;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * A second, real {@link ModelHost} on this bundle's context, stopped as the framework stops it when a command ends
 * (e.g. {@code digits evaluate --model missing.zip}) while the first model is still loading in the background.
 * Nothing may reach the console: not a trace, not a log line.
 */
class ModelHostStopTest {

    @TempDir
    Path dir;

    private final List<IStatus> logged = new CopyOnWriteArrayList<>();
    private final ILogListener listener = (status, plugin) -> logged.add(status);
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private BundleContext context;

    @BeforeEach
    void captureLogAndConsole() throws InterruptedException {
        OsgiServices.await(DigitClassifier.class); // the bundle's own host has its model: only ours loads now
        context = FrameworkUtil.getBundle(ModelHost.class).getBundleContext();
        Platform.addLogListener(listener);
        originalErr = System.err;
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void release() {
        System.setErr(originalErr);
        Platform.removeLogListener(listener);
    }

    @Test
    void stoppingWaitsForTheFirstLoadWhichThenInstallsAndReportsNothing() throws Exception {
        ModelHost host = new ModelHost();
        host.activate(context);
        Thread loader = host.loaderThread();
        host.deactivate();
        boolean aliveAfterStop = loader.isAlive();
        loader.join(120_000); // without the wait, let it end before looking at what it printed
        assertFalse(aliveAfterStop, "the model service stopped while its loader still ran in the bundle");
        assertEquals(1, context.getServiceReferences(DigitClassifier.class, null).size(),
                "only the bundle's own classifier is registered");
        assertEquals(List.of(), logged.stream().filter(s -> s.getSeverity() >= IStatus.WARNING).toList());
        assertEquals("", console.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFirstModelThatCannotLoadIsReportedInTheEclipseLogNotOnTheConsole() throws Exception {
        Path missing = dir.resolve("missing.zip");
        ModelHost host = new ModelHost();
        System.setProperty(ModelHost.MODEL_PROPERTY, missing.toString());
        try {
            host.activate(context);
            // a missing file fails at once: the loader may have ended before anyone looks for it
            host.loaderThread().join(120_000);
        } finally {
            System.clearProperty(ModelHost.MODEL_PROPERTY);
            host.deactivate();
        }
        List<IStatus> errors = logged.stream().filter(s -> s.getSeverity() == IStatus.ERROR).toList();
        assertEquals(1, errors.size(), "one error in the Eclipse log: " + errors);
        assertTrue(errors.get(0).getMessage().contains(missing + ": no such model file"), errors.get(0).getMessage());
        assertEquals("", console.toString(StandardCharsets.UTF_8));
    }
}
