package org.digitworkbench.api;

import java.util.Arrays;

/** The network's answer for one 28×28 digit image: a probability for each class 0–9. */
public final class Prediction {

    /** Below this top probability the answer is reported as uncertain ("not sure: 4 or 9?"). */
    public static final double CONFIDENT = 0.80;

    private final float[] probabilities;
    private final int digit;
    private final int runnerUp;

    public Prediction(float[] probabilities) {
        if (probabilities.length != 10) {
            throw new IllegalArgumentException("expected 10 probabilities, got " + probabilities.length);
        }
        this.probabilities = probabilities.clone();
        int best = 0;
        int second = 1;
        if (probabilities[1] > probabilities[0]) {
            best = 1;
            second = 0;
        }
        for (int i = 2; i < 10; i++) {
            if (probabilities[i] > probabilities[best]) {
                second = best;
                best = i;
            } else if (probabilities[i] > probabilities[second]) {
                second = i;
            }
        }
        this.digit = best;
        this.runnerUp = second;
    }

    public int digit() {
        return digit;
    }

    /** The second most probable class, for "4 or 9?" answers. */
    public int runnerUp() {
        return runnerUp;
    }

    public float confidence() {
        return probabilities[digit];
    }

    public float probability(int digitClass) {
        return probabilities[digitClass];
    }

    public float[] probabilities() {
        return probabilities.clone();
    }

    public boolean isConfident() {
        return confidence() >= CONFIDENT;
    }

    @Override
    public String toString() {
        return "Prediction[" + digit + " @ " + String.format("%.3f", confidence()) + " "
                + Arrays.toString(probabilities) + "]";
    }
}
