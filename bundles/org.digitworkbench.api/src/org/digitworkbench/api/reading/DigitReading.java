package org.digitworkbench.api.reading;

import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.Prediction;

/** One digit of a reading: where it was drawn, the 28×28 image the network saw, and the network's answer. */
public record DigitReading(Box bounds, DigitImage image, Prediction prediction) {
}
