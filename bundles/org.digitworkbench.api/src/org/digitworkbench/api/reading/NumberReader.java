package org.digitworkbench.api.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.Prediction;
import org.digitworkbench.api.image.InkImage;
import org.digitworkbench.api.image.MnistPreprocessor;
import org.digitworkbench.api.ink.Backdrop;
import org.digitworkbench.api.ink.DrawingSnapshot;

/**
 * Reads a whole number. A drawing is split by its strokes and every digit is drawn afresh for the network with
 * MNIST's pen ({@link StrokeSegmenter}); a picture is cut by its ink and each digit's pen width brought into
 * MNIST's range ({@link MnistPreprocessor#preprocessPicture}).
 */
public final class NumberReader {

    private NumberReader() {
    }

    /** Reads a drawing; the latency runs from the snapshot's creation. */
    public static Reading read(DigitClassifier classifier, DrawingSnapshot drawing) {
        return read(classifier, drawing, new DigitMemory());
    }

    /**
     * Reads a drawing, reusing what {@code memory} holds of earlier readings (live reading while a number is
     * drawn); the latency runs from the snapshot's creation.
     */
    public static Reading read(DigitClassifier classifier, DrawingSnapshot drawing, DigitMemory memory) {
        Backdrop picture = drawing.backdrop();
        List<DigitReading> digits;
        if (picture != null) {
            // a sample sent to the canvas is one digit, whatever is drawn over it
            Box box = new Box(picture.x(), picture.y(), picture.x() + picture.size(), picture.y() + picture.size());
            digits = classify(classifier, List.of(new DigitSegment(box, drawing.image())));
        } else {
            digits = StrokeSegmenter.read(classifier, drawing.strokes(), drawing.penWidth(), memory);
        }
        return new Reading(drawing.version(), digits, (System.nanoTime() - drawing.createdNanos()) / 1e6);
    }

    /** Reads a picture (a scan, a photo, an image file). */
    public static Reading read(DigitClassifier classifier, InkImage picture) {
        long start = System.nanoTime();
        List<DigitReading> digits = classify(classifier, Segmenter.ofImage(picture));
        return new Reading(0, digits, (System.nanoTime() - start) / 1e6);
    }

    private static List<DigitReading> classify(DigitClassifier classifier, List<DigitSegment> segments) {
        List<DigitSegment> kept = new ArrayList<>();
        List<DigitImage> images = new ArrayList<>();
        for (DigitSegment s : segments) {
            Optional<DigitImage> image = MnistPreprocessor.preprocessPicture(s.ink());
            if (image.isPresent()) {
                kept.add(s);
                images.add(image.get());
            }
        }
        List<Prediction> predictions = images.size() == 1 ? List.of(classifier.classify(images.get(0)))
                : classifier.classifyAll(images);
        List<DigitReading> digits = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            digits.add(new DigitReading(kept.get(i).bounds(), images.get(i), predictions.get(i)));
        }
        return digits;
    }
}
