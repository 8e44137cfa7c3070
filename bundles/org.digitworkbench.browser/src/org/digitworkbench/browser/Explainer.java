package org.digitworkbench.browser;

import java.util.function.IntSupplier;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.DigitImage;
import org.digitworkbench.browser.model.Occlusion;
import org.digitworkbench.browser.model.Samples;
import org.digitworkbench.browser.widgets.HeatMapView;
import org.digitworkbench.ui.widgets.UiThread;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;

/** "Why?": the occlusion heat map of a sample, computed off the UI thread and shown over the enlarged sample. */
final class Explainer {

    private final UISynchronize ui;
    private final HeatMapView heatMap;
    private final IntSupplier selected;

    /** @param selected the sample selected now: a map arriving after the user chose another is not shown */
    Explainer(UISynchronize ui, HeatMapView heatMap, IntSupplier selected) {
        this.ui = ui;
        this.heatMap = heatMap;
        this.selected = selected;
    }

    /** Explains the model's answer for sample {@code id}; does nothing without a sample or a model. */
    void explain(Samples s, int id, DigitClassifier model) {
        if (id < 0 || s == null || model == null) {
            return;
        }
        DigitImage image = s.image(id);
        Job job = Job.create("Why? Occlusion map of " + s.describe(id), monitor -> {
            float[] heat = Occlusion.heatMap(model, image);
            UiThread.later(ui, () -> {
                if (!heatMap.isDisposed() && selected.getAsInt() == id) {
                    heatMap.setHeat(heat);
                }
            });
            return Status.OK_STATUS;
        });
        job.schedule();
    }
}
