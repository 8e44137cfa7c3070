package org.digitworkbench.api.reading;

import org.digitworkbench.api.image.InkImage;

/** One digit's ink, cut out of a drawing or picture, and where it was (in the drawing's coordinates). */
public record DigitSegment(Box bounds, InkImage ink) {
}
