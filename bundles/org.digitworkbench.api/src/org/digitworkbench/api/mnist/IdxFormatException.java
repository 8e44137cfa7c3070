package org.digitworkbench.api.mnist;

import java.io.IOException;
import java.nio.file.Path;

/** An IDX file that is not what it claims to be; the message names the file and what is wrong. */
public class IdxFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public IdxFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
