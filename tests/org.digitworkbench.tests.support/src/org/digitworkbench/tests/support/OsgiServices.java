package org.digitworkbench.tests.support;

import java.util.concurrent.TimeUnit;

import org.digitworkbench.api.DigitsCommand;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** OSGi services as the product's bundles see them, waited for as DS brings them up. */
public final class OsgiServices {

    private OsgiServices() {
    }

    public static <T> T await(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(OsgiServices.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(120));
        if (service == null) {
            throw new AssertionError("no " + type.getSimpleName() + " service after 120 s");
        }
        return service;
    }

    /** The {@code digits NAME} command as registered by its bundle. */
    public static DigitsCommand command(String name) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(OsgiServices.class).getBundleContext();
        ServiceTracker<DigitsCommand, DigitsCommand> tracker = new ServiceTracker<>(context, DigitsCommand.class,
                null);
        tracker.open();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            Object[] all = tracker.getServices();
            if (all != null) {
                for (Object o : all) {
                    if (((DigitsCommand) o).name().equals(name)) {
                        return (DigitsCommand) o;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no command " + name);
    }
}
