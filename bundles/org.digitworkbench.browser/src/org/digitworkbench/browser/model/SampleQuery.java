package org.digitworkbench.browser.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What the grid shows: which splits, which true and predicted digit, right or wrong answers, in which order.
 * Predicted digit and right/wrong can only be told for samples the model has classified.
 */
public record SampleQuery(Scope scope, int trueLabel, int predictedLabel, Result result, Order order) {

    /** The splits to show, as offered in the view. */
    public enum Scope {
        TEST("Test (10,000)", Split.TEST), TRAIN("Training (60,000)", Split.TRAIN),
        ALL("All MNIST (70,000)", Split.TEST, Split.TRAIN), YOURS("Yours (your corrections)", Split.YOURS);

        public final String label;
        public final List<Split> splits;

        Scope(String label, Split... splits) {
            this.label = label;
            this.splits = List.of(splits);
        }
    }

    public enum Result {
        ANY("Right or wrong"), CORRECT("Right"), WRONG("Wrong");

        public final String label;

        Result(String label) {
            this.label = label;
        }
    }

    public enum Order {
        INDEX("Index"), LEAST_CONFIDENT("Least confident first"), CONFIDENTLY_WRONG("Most confidently wrong first");

        public final String label;

        Order(String label) {
            this.label = label;
        }
    }

    public static final int ANY_DIGIT = -1;

    public static SampleQuery everything() {
        return new SampleQuery(Scope.TEST, ANY_DIGIT, ANY_DIGIT, Result.ANY, Order.INDEX);
    }

    public SampleQuery withScope(Scope s) {
        return new SampleQuery(s, trueLabel, predictedLabel, result, order);
    }

    public SampleQuery withTrueLabel(int d) {
        return new SampleQuery(scope, d, predictedLabel, result, order);
    }

    public SampleQuery withPredictedLabel(int d) {
        return new SampleQuery(scope, trueLabel, d, result, order);
    }

    public SampleQuery withResult(Result r) {
        return new SampleQuery(scope, trueLabel, predictedLabel, r, order);
    }

    public SampleQuery withOrder(Order o) {
        return new SampleQuery(scope, trueLabel, predictedLabel, result, o);
    }

    /** The ids of the samples to show, in order. */
    public int[] run(Samples samples) {
        IntStream ids = scope.splits.stream()
                .flatMapToInt(split -> IntStream.range(0, samples.size(split)).map(split::id));
        boolean needsPrediction = predictedLabel != ANY_DIGIT || result != Result.ANY || order != Order.INDEX;
        int[] kept = ids.filter(id -> trueLabel == ANY_DIGIT || samples.label(id) == trueLabel)
                .filter(id -> !needsPrediction || samples.hasPrediction(id))
                .filter(id -> predictedLabel == ANY_DIGIT || samples.predicted(id) == predictedLabel)
                .filter(id -> result == Result.ANY
                        || (samples.predicted(id) == samples.label(id)) == (result == Result.CORRECT))
                .toArray();
        if (order == Order.INDEX) {
            return kept;
        }
        Integer[] boxed = Arrays.stream(kept).boxed().toArray(Integer[]::new);
        Comparator<Integer> byConfidence = Comparator.comparingDouble(samples::confidence);
        Comparator<Integer> comparator = order == Order.LEAST_CONFIDENT ? byConfidence
                : Comparator.<Integer, Boolean>comparing(id -> samples.predicted(id) == samples.label(id))
                        .thenComparing(byConfidence.reversed());
        Arrays.sort(boxed, comparator.thenComparingInt(Integer::intValue));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }
}
