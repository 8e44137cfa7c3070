package org.digitworkbench.browser;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.browser.model.SampleQuery;
import org.digitworkbench.browser.model.Samples;
import org.digitworkbench.browser.widgets.ConfusionMatrixView;
import org.digitworkbench.browser.widgets.HeatMapView;
import org.digitworkbench.browser.widgets.SampleGrid;
import org.digitworkbench.tests.support.PartHarness;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;

/** A real {@link BrowserPart} made in a test's window, and the pieces of it the tests look at. */
final class Browser {

    final BrowserPart part;

    private Browser(BrowserPart part) {
        this.part = part;
    }

    /** Makes the browser part in the harness's window, as the workbench's renderer would. */
    static Browser make(PartHarness harness) {
        return new Browser(harness.make(BrowserPart.class));
    }

    Samples samples() {
        return part.state().samples();
    }

    DigitClassifier classifier() {
        return part.state().classifier();
    }

    SampleGrid grid() {
        return part.view().grid();
    }

    ConfusionMatrixView matrix() {
        return part.view().side().matrix();
    }

    HeatMapView heatMap() {
        return part.view().side().detail().heatMap();
    }

    Label countLabel() {
        return part.view().filters().countLabel();
    }

    Label statusLabel() {
        return part.view().side().statusLabel();
    }

    Button fetchButton() {
        return part.missingPage().fetchButton();
    }

    Button sendButton() {
        return part.view().side().detail().sendButton();
    }

    /** The MNIST job running (reading, fetching or classifying), or null. */
    Job runningJob() {
        return part.runningJob();
    }

    void setQuery(SampleQuery q) {
        part.setQuery(q);
    }

    /** The part's own context, where the workbench runs the browser's handlers. */
    IEclipseContext context() {
        return part.context();
    }
}
