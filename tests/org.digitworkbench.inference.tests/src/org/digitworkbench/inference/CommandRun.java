package org.digitworkbench.inference;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.digitworkbench.api.DigitsCommand;
import org.digitworkbench.tests.support.OsgiServices;

/** A digits command run as its OSGi service runs for the command line: exit code, standard output and error. */
record CommandRun(int code, String out, String err) {

    static CommandRun of(String command, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        DigitsCommand c = OsgiServices.command(command);
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = c.run(List.of(args), o, e);
        }
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
