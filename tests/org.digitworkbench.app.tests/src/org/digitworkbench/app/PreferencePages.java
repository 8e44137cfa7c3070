package org.digitworkbench.app;

import java.util.HashMap;
import java.util.Map;

import org.digitworkbench.ui.widgets.preferences.PreferencePageContribution;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The preference pages the product's bundles register as DS services, waited for as DS brings them up. */
public final class PreferencePages {

    public static final String DRAWING = "org.digitworkbench.ui.preferences.drawing";
    public static final String KEYS = "org.digitworkbench.app.preferences.keys";

    private PreferencePages() {
    }

    /** The registered contributions by id, once those with the given ids are all there (60 s at most). */
    public static Map<String, PreferencePageContribution> await(String... ids) throws InterruptedException {
        var tracker = new ServiceTracker<PreferencePageContribution, PreferencePageContribution>(
                FrameworkUtil.getBundle(PreferencePages.class).getBundleContext(), PreferencePageContribution.class,
                null);
        tracker.open();
        try {
            long deadline = System.currentTimeMillis() + 60_000;
            while (true) {
                Map<String, PreferencePageContribution> byId = new HashMap<>();
                for (Object o : tracker.getServices() == null ? new Object[0] : tracker.getServices()) {
                    PreferencePageContribution c = (PreferencePageContribution) o;
                    byId.put(c.id(), c);
                }
                if (byId.keySet().containsAll(java.util.List.of(ids))) {
                    return byId;
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new AssertionError("preference pages registered: " + byId.keySet());
                }
                Thread.sleep(50);
            }
        } finally {
            tracker.close();
        }
    }
}
