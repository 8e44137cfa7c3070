package org.digitworkbench.api.corrections;

import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.reading.Box;

/** One digit of a {@link Correction}: where it was drawn, the network's input, its answer and the true digit. */
public record CorrectedDigit(Box box, DigitImage input, int predicted, int label) {

    public CorrectedDigit {
        if (label < 0 || label > 9 || predicted < 0 || predicted > 9) {
            throw new IllegalArgumentException("digits are 0-9: predicted " + predicted + ", label " + label);
        }
    }

    public boolean wasMisread() {
        return predicted != label;
    }
}
