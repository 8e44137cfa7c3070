package org.digitworkbench.app.model;

import java.util.List;

import org.digitworkbench.app.keys.KeyOverrides;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/**
 * Runs on every start after all bundles' fragments are merged: drops what uninstalled bundles left in the saved
 * layout, refreshes saved parts from their descriptors, re-applies the keys the user rebound, and puts newly
 * installed views into their stacks.
 */
public final class ContributionsProcessor {

    @Execute
    void execute(MApplication application, EModelService models) {
        List<String> gone = StaleContributions.remove(application, bundle -> Platform.getBundle(bundle) != null);
        if (!gone.isEmpty()) {
            ILog.of(ContributionsProcessor.class).info("Removed from the saved layout what these bundles, no longer "
                    + "installed, contributed: " + String.join(", ", gone));
        }
        PartDescriptorSync.refresh(application, models);
        // the fragments have just reset the binding tables: the user's own keys go back on top
        KeyOverrides.apply(application, KeyOverrides.node());
        for (MPerspective perspective : models.findElements(application, null, MPerspective.class, null)) {
            DefaultLayout.fill(perspective, application, models);
        }
    }
}
