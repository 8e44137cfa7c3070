package org.digitworkbench.inference.commands;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.ink.DrawingSnapshot;
import org.digitworkbench.api.ink.HandwrittenNumbers;
import org.digitworkbench.api.ink.Stroke;
import org.digitworkbench.api.ink.UnipenReader.PenDigit;
import org.digitworkbench.api.reading.DigitMemory;
import org.digitworkbench.api.reading.NumberReader;
import org.digitworkbench.inference.PenDigitData;

/**
 * How long reading a drawn number takes, on numbers of 1–6 digits written from the held-out writers' strokes:
 * a whole number read afresh (Recognize), and a live reading after each mouse move while the number is drawn,
 * with the memory of candidates the Draw view keeps.
 */
final class ReadingLatency {

    private final DigitClassifier classifier;
    private final List<HandwrittenNumbers.Written> numbers = new ArrayList<>();

    ReadingLatency(DigitClassifier classifier, int count) throws IOException {
        this.classifier = classifier;
        List<PenDigit> digits = PenDigitData.read(null, PenDigitData.writers(PenDigitData.HELD_OUT_WRITERS));
        Random random = new Random(11);
        for (int i = 0; i < count; i++) {
            List<PenDigit> chosen = new ArrayList<>();
            for (int k = 0; k <= i % HandwritingBenchmark.LONGEST; k++) {
                chosen.add(digits.get(random.nextInt(digits.size())));
            }
            numbers.add(HandwrittenNumbers.write(chosen, 80, random));
        }
    }

    /** Milliseconds per whole reading without memory, sorted. */
    double[] whole(int runs) {
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            HandwrittenNumbers.Written w = numbers.get(i % numbers.size());
            long start = System.nanoTime();
            NumberReader.read(classifier, new DrawingSnapshot(i, w.strokes(), w.width(), w.height(), 26));
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times;
    }

    /** Milliseconds per live reading, one after every 4-pixel mouse move while each number is drawn, sorted. */
    double[] live() {
        List<Double> times = new ArrayList<>();
        long version = 0;
        for (HandwrittenNumbers.Written w : numbers) {
            DigitMemory memory = new DigitMemory();
            List<Stroke> done = new ArrayList<>();
            for (Stroke s : w.strokes()) {
                Stroke growing = new Stroke(new float[] {s.x(0), s.y(0)});
                for (int p = 1; p < s.size(); p++) {
                    if (Math.hypot(s.x(p) - growing.x(growing.size() - 1), s.y(p) - growing.y(growing.size() - 1)) < 4
                            && p < s.size() - 1) {
                        continue;
                    }
                    growing = growing.with(s.x(p), s.y(p));
                    List<Stroke> now = new ArrayList<>(done);
                    now.add(growing);
                    long start = System.nanoTime();
                    NumberReader.read(classifier, new DrawingSnapshot(++version, now, w.width(), w.height(), 26),
                            memory);
                    times.add((System.nanoTime() - start) / 1e6);
                }
                done.add(s);
            }
        }
        return times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }
}
