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

    @PostContextCreate
    void postContextCreate(IEclipseContext context, IEventBroker broker) {
        ModelGeneration.clearOlderLayouts();
        broker.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> {
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            MApplication application = context.get(MApplication.class);
            ILog.of(LifeCycle.class).info("Digit Workbench window open " + sinceJvmStart + " ms after JVM start; views: "
                    + (application == null ? "unknown" : InstalledViews.describe(application)));
        });
    }

    @ProcessAdditions
    void processAdditions() {
        ModelGeneration.layoutLoaded();
    }
}
