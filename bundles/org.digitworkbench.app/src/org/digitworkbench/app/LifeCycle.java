package org.digitworkbench.app;

import java.lang.management.ManagementFactory;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;

/**
 * Application life cycle hooks: logs how long the workbench took from JVM start to a visible window, the figure
 * the product start-up test and the README report.
 */
public final class LifeCycle {

    @PostContextCreate
    void postContextCreate(IEclipseContext context, IEventBroker broker) {
        broker.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> {
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            ILog.of(LifeCycle.class).info("Digit Workbench window open " + sinceJvmStart + " ms after JVM start");
        });
    }
}
