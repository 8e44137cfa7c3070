package org.digitworkbench.inference.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bytedeco.javacpp.Loader;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.digitworkbench.inference.Nd4jRuntime;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What DL4J and ND4J log through slf4j reaches the Eclipse log (.metadata/.log, -consoleLog), warnings and errors
 * only, and never the console: the product has one log.
 */
class Dl4jLoggingTest {

    private final List<IStatus> logged = new CopyOnWriteArrayList<>();
    /** Entries of DL4J's, ND4J's and JavaCPP's loggers only: other bundles' background work may log meanwhile. */
    private final ILogListener listener = (status, plugin) -> {
        String message = status.getMessage();
        if (message.startsWith("org.deeplearning4j.") || message.startsWith("org.nd4j.")
                || message.startsWith("org.bytedeco.")) {
            logged.add(status);
        }
    };
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureLogAndConsole() {
        Platform.addLogListener(listener);
        originalOut = System.out;
        originalErr = System.err;
        PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
    }

    @AfterEach
    void release() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        Platform.removeLogListener(listener);
    }

    @Test
    void aDl4jWarningIsAWarningInTheEclipseLogNamingDl4jsLogger() {
        InputType.feedForward(0); // DL4J warns: a layer size of zero only makes sense when importing models

        assertEquals(1, logged.size(), "one entry in the Eclipse log: " + logged);
        IStatus status = logged.get(0);
        assertEquals(IStatus.WARNING, status.getSeverity());
        assertEquals("org.digitworkbench.inference", status.getPlugin());
        assertEquals("org.deeplearning4j.nn.conf.inputs.InputType: Assigning a size of zero. This is normally only "
                + "valid in model import cases with unknown dimensions.", status.getMessage());
        assertEquals("", console.toString(StandardCharsets.UTF_8));
    }

    @Test
    void javacppWhichLoadsNd4jsNativesWarnsIntoTheEclipseLogToo() {
        Nd4jRuntime.ensureStarted();
        org.bytedeco.javacpp.tools.Logger.create(Loader.class).warn("Dl4jLoggingTest: a JavaCPP warning");

        assertEquals(1, logged.size(), "one entry in the Eclipse log: " + logged);
        assertEquals(IStatus.WARNING, logged.get(0).getSeverity());
        assertEquals("org.bytedeco.javacpp.Loader: Dl4jLoggingTest: a JavaCPP warning", logged.get(0).getMessage());
        assertEquals("", console.toString(StandardCharsets.UTF_8), "nothing on stderr");
    }

    @Test
    void errorsKeepTheirExceptionAndInfoDebugTraceAreDropped() {
        Logger nd4j = LoggerFactory.getLogger(Nd4j.class);
        assertInstanceOf(ILogLoggerFactory.class, LoggerFactory.getILoggerFactory(), "slf4j's binding");
        IllegalStateException failure = new IllegalStateException("thrown by Dl4jLoggingTest, not a failure");

        nd4j.info("Loaded [{}] backend", "CpuBackend");
        nd4j.debug("debug");
        nd4j.trace("trace");
        nd4j.error("Test error of {} with its exception", "Dl4jLoggingTest", failure);

        assertEquals(1, logged.size(), "only the error is logged: " + logged);
        IStatus status = logged.get(0);
        assertEquals(IStatus.ERROR, status.getSeverity());
        assertEquals("org.nd4j.linalg.factory.Nd4j: Test error of Dl4jLoggingTest with its exception", status.getMessage());
        assertSame(failure, status.getException());
        assertEquals("", console.toString(StandardCharsets.UTF_8));
    }
}
