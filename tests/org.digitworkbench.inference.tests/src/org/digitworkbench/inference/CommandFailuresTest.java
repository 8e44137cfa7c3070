package org.digitworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.digitworkbench.api.DigitsCommand;
import org.digitworkbench.cli.DigitsApplication;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * What {@code digits} prints when a command fails in a way the command did not foresee: one line saying what is
 * wrong, a non-zero exit, never a stack trace, whatever was thrown. The failing command is a real DS-style
 * service registration, dispatched by the real application class.
 */
class CommandFailuresTest {

    @Test
    void aMessageOverSeveralLinesIsPrintedAsOne() throws Exception {
        String err = failWith(() -> new IllegalStateException("npm ERR! code E404\nnpm ERR! 404 Not Found\n"));
        assertEquals("digits failing: npm ERR! code E404 npm ERR! 404 Not Found", err.strip());
    }

    @Test
    void errorsAreOneLineToo() throws Exception {
        String oom = failWith(() -> new OutOfMemoryError("Java heap space"));
        assertTrue(oom.startsWith("digits failing: out of memory (Java heap space)"), oom);
        assertTrue(oom.contains("-Xmx"), "says what to do: " + oom);
        String deep = failWith(StackOverflowError::new);
        assertEquals("digits failing: StackOverflowError", deep.strip());
        String linkage = failWith(() -> new NoClassDefFoundError("org/nd4j/Missing"));
        assertEquals("digits failing: org/nd4j/Missing", linkage.strip());
    }

    /** Runs {@code digits failing} against a command that throws; returns what went to standard error. */
    private static String failWith(Supplier<Throwable> failure) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(CommandFailuresTest.class).getBundleContext();
        ServiceRegistration<DigitsCommand> registration = context.registerService(DigitsCommand.class,
                new Failing(failure), null);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = new DigitsApplication().run(List.of("failing"), System.out, errStream);
            assertTrue(code != 0, "exit status " + code);
        } finally {
            registration.unregister();
        }
        String printed = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, printed.lines().count(), "one line:\n" + printed);
        assertFalse(printed.contains("\tat "), printed);
        return printed;
    }

    private record Failing(Supplier<Throwable> failure) implements DigitsCommand {

        @Override
        public String name() {
            return "failing";
        }

        @Override
        public String summary() {
            return "fails, for the test";
        }

        @Override
        public String usage() {
            return "digits failing\n";
        }

        @Override
        public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
            Throwable t = failure.get();
            if (t instanceof Exception e) {
                throw e;
            }
            throw (Error) t;
        }
    }
}
