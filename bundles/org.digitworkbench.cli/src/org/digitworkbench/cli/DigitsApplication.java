package org.digitworkbench.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.digitworkbench.api.DigitsCommand;
import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The headless {@code digits} application: dispatches {@code digits NAME ARGS…} to the {@link DigitsCommand}
 * service of that name. Commands are contributed by bundles as DS components, so a new bundle adds commands
 * without touching this class. Returns the command's exit code to the launcher.
 */
public final class DigitsApplication implements IApplication {

    /** How long to wait for a command's component to come up (model loading, DS activation). */
    private static final long COMMAND_TIMEOUT_MS = 60_000;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> args = raw == null ? List.of() : Arrays.asList(raw);
        context.applicationRunning();
        return run(args, System.out, System.err);
    }

    public int run(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
        BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<DigitsCommand, DigitsCommand> tracker = new ServiceTracker<>(bundleContext,
                DigitsCommand.class, null);
        tracker.open();
        try {
            if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
                return help(args.size() > 1 ? args.get(1) : null, tracker, out, err);
            }
            String name = args.get(0);
            DigitsCommand command = await(tracker, name);
            if (command == null) {
                err.println("digits: unknown command '" + name + "' (digits help lists them)");
                return DigitsCommand.USAGE;
            }
            try {
                return command.run(args.subList(1, args.size()), out, err);
            } catch (IllegalArgumentException e) {
                err.println("digits " + name + ": " + oneLine(e));
                err.print(command.usage());
                return DigitsCommand.USAGE;
            } catch (OutOfMemoryError e) {
                log(name, e);
                err.println("digits " + name + ": out of memory (" + oneLine(e) + "); raise -Xmx in the product's "
                        + "eclipse.ini");
                return 1;
            } catch (Exception | LinkageError | StackOverflowError e) {
                // the user gets one line; the trace goes to the log for whoever looks into it
                log(name, e);
                err.println("digits " + name + ": " + oneLine(e));
                return 1;
            }
        } finally {
            out.flush();
            tracker.close();
        }
    }

    /** A failure as one line: its message without line breaks, or its type when it has none. */
    static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private void log(String command, Throwable e) {
        ILog.of(getClass()).error("digits " + command + " failed", e);
    }

    private static DigitsCommand await(ServiceTracker<DigitsCommand, DigitsCommand> tracker, String name)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + COMMAND_TIMEOUT_MS;
        while (true) {
            DigitsCommand found = commands(tracker).get(name);
            if (found != null) {
                return found;
            }
            if (System.currentTimeMillis() > deadline || knownCommandsSettled(tracker)) {
                return null;
            }
            Thread.sleep(50);
        }
    }

    /** All our bundles' commands are up once predict (ours) and evaluate (the inference bundle's) are. */
    private static boolean knownCommandsSettled(ServiceTracker<DigitsCommand, DigitsCommand> tracker) {
        Map<String, DigitsCommand> all = commands(tracker);
        return all.containsKey("predict") && all.containsKey("evaluate") && all.containsKey("train");
    }

    private static Map<String, DigitsCommand> commands(ServiceTracker<DigitsCommand, DigitsCommand> tracker) {
        Map<String, DigitsCommand> byName = new TreeMap<>();
        Object[] services = tracker.getServices();
        if (services != null) {
            for (Object s : services) {
                DigitsCommand c = (DigitsCommand) s;
                byName.put(c.name(), c);
            }
        }
        return byName;
    }

    private static int help(String topic, ServiceTracker<DigitsCommand, DigitsCommand> tracker, PrintStream out,
            PrintStream err) throws InterruptedException {
        if (topic != null) {
            DigitsCommand c = await(tracker, topic);
            if (c == null) {
                err.println("digits: unknown command '" + topic + "'");
                return DigitsCommand.USAGE;
            }
            out.print(c.usage());
            return 0;
        }
        await(tracker, "evaluate");
        out.println("Commands of the Digit Workbench product (digits help COMMAND for details):");
        for (DigitsCommand c : commands(tracker).values()) {
            out.printf("  %-12s %s%n", c.name(), c.summary());
        }
        return 0;
    }

    @Override
    public void stop() {
        // commands run to completion; nothing to interrupt
    }
}
