package org.digitworkbench.soak;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.digitworkbench.api.CommandArguments;
import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.DigitsCommand;
import org.digitworkbench.ui.preferences.UiPreferences;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.util.tracker.ServiceTracker;

/**
 * {@code digits soak}: a long session of the real Draw and Prediction views, driven through the X server's mouse,
 * to see that SWT resources, heap and UI-thread stalls stay flat. Needs an X display (Xvfb will do).
 */
@Component(service = DigitsCommand.class)
public final class SoakCommand implements DigitsCommand {

    static final int DEFAULT_COUNT = 10_000;
    /** The shipped model loads in the background when the framework starts. */
    private static final long MODEL_TIMEOUT_MS = 120_000;

    private BundleContext bundle;

    @Activate
    void activate(BundleContext context) {
        bundle = context;
    }

    @Override
    public String name() {
        return "soak";
    }

    @Override
    public String summary() {
        return "a long drawing session through the real views (X display needed): handles, heap and UI stalls";
    }

    @Override
    public String usage() {
        return """
                digits soak [--count N] [--json]
                  Opens the real Draw and Prediction views in a window and draws numbers in the handwriting of
                  the writers the model never saw with the X mouse, clearing the canvas between them, until
                  the Prediction view has made N live predictions (default %,d) after a warm-up. Prints, at the
                  start and at the end, the SWT resources and widgets held, open files, heap used after a full GC
                  and the longest UI-thread stall; then the predictions made, readings shown and errors. --json
                  prints one JSON object. Exits non-zero with the reason when predictions stopped or errors
                  occurred. Needs an X display: run it under xvfb-run on a machine without one.
                """.formatted(DEFAULT_COUNT);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandArguments a = CommandArguments.parse(args, Set.of("--json"), Set.of("--count"));
        if (!a.positional().isEmpty()) {
            throw new IllegalArgumentException("unexpected argument " + a.positional().get(0));
        }
        int count = a.intOption("--count", DEFAULT_COUNT);
        if (count < 1) {
            throw new IllegalArgumentException("--count must be at least 1");
        }
        String noDisplay = whyNoXDisplay();
        if (noDisplay != null) {
            err.println("digits soak: " + noDisplay);
            return 1;
        }
        if (!UiPreferences.live()) {
            err.println("digits soak: live recognition is switched off in the preferences; the soak measures it");
            return 1;
        }
        awaitModel();
        SoakResult result = SoakSession.run(bundle, count);
        out.println(a.flag("--json") ? result.json() : result.text());
        String failure = result.failure();
        if (failure != null) {
            err.println("digits soak: " + failure);
            return 1;
        }
        return 0;
    }

    /** The mouse is moved through XTest, so an X display is needed, and GTK must draw on it rather than Wayland. */
    private static String whyNoXDisplay() {
        boolean x = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank();
        boolean wayland = System.getenv("WAYLAND_DISPLAY") != null && !System.getenv("WAYLAND_DISPLAY").isBlank();
        if (!x) {
            return wayland ? "an X display is needed (the mouse is driven through XTest); DISPLAY is not set"
                    : "no display (DISPLAY is not set), so the views cannot open; run it under X, e.g. "
                            + "xvfb-run -a -s \"-screen 0 1600x1200x24\" digits soak";
        }
        if (wayland && !"x11".equals(System.getenv("GDK_BACKEND"))) {
            return "under Wayland the mouse is driven through X: run it with GDK_BACKEND=x11";
        }
        return null;
    }

    /** One clear line when no model can serve, rather than a session that predicts nothing. */
    private void awaitModel() throws InterruptedException {
        ServiceTracker<DigitClassifier, DigitClassifier> tracker = new ServiceTracker<>(bundle, DigitClassifier.class,
                null);
        tracker.open();
        try {
            if (tracker.waitForService(MODEL_TIMEOUT_MS) == null) {
                throw new IllegalStateException("no model is in service (see the log for why it failed to load)");
            }
        } finally {
            tracker.close();
        }
    }
}
