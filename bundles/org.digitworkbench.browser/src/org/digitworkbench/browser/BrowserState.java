package org.digitworkbench.browser;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.browser.model.SampleQuery;
import org.digitworkbench.browser.model.Samples;

/**
 * What the browser knows: the samples once read, the classifier in service, the filter, and whether the user asked
 * for the training set to be classified too. Samples and classifier are read by jobs; the rest on the UI thread.
 */
final class BrowserState {

    private volatile Samples samples;
    private volatile DigitClassifier classifier;
    private SampleQuery query = SampleQuery.everything();
    private boolean trainRequested;

    /** The samples, or null while MNIST is not read yet. */
    Samples samples() {
        return samples;
    }

    void samples(Samples loaded) {
        samples = loaded;
    }

    /** The classifier in service, or null while there is none. */
    DigitClassifier classifier() {
        return classifier;
    }

    void classifier(DigitClassifier service) {
        classifier = service;
    }

    SampleQuery query() {
        return query;
    }

    void query(SampleQuery q) {
        query = q;
    }

    /** Whether scans include the training set (once asked for, every later scan does). */
    boolean trainRequested() {
        return trainRequested;
    }

    void requestTraining() {
        trainRequested = true;
    }
}
