package org.digitworkbench.api.corrections;

import java.nio.file.Path;

/** Fine-tuning was asked for before the user corrected anything: not a fault, something to explain. */
public final class NoCorrectionsException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient Path folder;

    public NoCorrectionsException(Path folder) {
        super("no corrections to learn from yet: use \"That was a …\" in the Prediction view first");
        this.folder = folder;
    }

    /** Where the corrections were looked for. */
    public Path folder() {
        return folder;
    }
}
