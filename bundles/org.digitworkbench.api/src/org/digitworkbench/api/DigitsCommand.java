package org.digitworkbench.api;

import java.io.PrintStream;
import java.util.List;

/**
 * A subcommand of the {@code digits} command line ({@code digits predict …}). Bundles register implementations as
 * OSGi services; the command-line application finds them by {@link #name()}.
 */
public interface DigitsCommand {

    /** Exit code for wrong usage, as in sysexits.h. */
    int USAGE = 64;

    String name();

    /** One line for {@code digits help}. */
    String summary();

    /** Full usage text for {@code digits help NAME}. */
    String usage();

    /** Runs the command; returns the process exit code (0 = success). */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
