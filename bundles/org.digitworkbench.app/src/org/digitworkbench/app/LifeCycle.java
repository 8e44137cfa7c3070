package org.digitworkbench.app;

import java.lang.management.ManagementFactory;

import org.digitworkbench.app.model.InstalledViews;
import org.digitworkbench.app.model.ModelGeneration;
import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;

/**
 * Application life cycle hooks: drops a saved layout of an older model generation before the workbench loads it,
 * and logs how long the workbench took from JVM start to a visible window and which views are installed (the
 * figure and list the product tests read).
 */
public final class LifeCycle {

    /** Milliseconds from JVM start to the workbench's context, and to its model being loaded and merged. */
    private long contextAt;
    private long modelAt;

    @PostContextCreate
    void postContextCreate(IEclipseContext context, IEventBroker broker) {
        contextAt = sinceJvmStart();
        ModelGeneration.clearOlderLayouts();
        broker.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> {
            long windowAt = sinceJvmStart();
            MApplication application = context.get(MApplication.class);
            ILog.of(LifeCycle.class).info("Digit Workbench window open " + windowAt + " ms after JVM start"
                    + " (framework and bundles until " + contextAt + " ms, application model loaded and merged at "
                    + modelAt + " ms, then rendering); views: "
                    + (application == null ? "unknown" : InstalledViews.describe(application)));
        });
    }

    @ProcessAdditions
    void processAdditions() {
        modelAt = sinceJvmStart();
        ModelGeneration.layoutLoaded();
    }

    static long sinceJvmStart() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
