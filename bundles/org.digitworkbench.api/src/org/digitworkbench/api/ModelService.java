package org.digitworkbench.api;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Chooses which model answers as the {@link DigitClassifier} service. Loading a model replaces the registered
 * classifier, so every consumer that follows the service sees the new model.
 */
public interface ModelService {

    /**
     * Loads a model file the user chose and makes it the classifier. A file that is not a usable model fails with
     * a message saying why; the previous model then stays in service.
     */
    ModelInfo load(Path modelFile) throws IOException;

    /** Goes back to the model shipped with the product. */
    ModelInfo loadShipped() throws IOException;

    /** The model in service, or null while the first one is still loading. */
    ModelInfo current();
}
