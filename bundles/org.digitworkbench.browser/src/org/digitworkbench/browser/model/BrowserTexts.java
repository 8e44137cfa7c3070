package org.digitworkbench.browser.model;

import java.util.List;
import java.util.Locale;

/** What the browser says in words about the samples and the model's answers. */
public final class BrowserTexts {

    /** Shown instead of an empty "Yours": what it is and how to add to it. */
    public static final String NO_CORRECTIONS_YET = "Nothing of yours yet. When the model misreads what you draw, "
            + "type the right digits under \"That was a …\" in the Prediction view and press \"Save to my data\": "
            + "each digit then appears here, read by the model in service.";
    public static final String READING_CORRECTIONS = "Reading your corrections…";
    public static final String NO_MATCH = "No sample matches these filters.";
    private static final int PROBLEMS_LISTED = 3;

    private BrowserTexts() {
    }

    /** Why the grid is empty. */
    public static String emptyGrid(SampleQuery query, Samples samples) {
        if (query.scope() == SampleQuery.Scope.YOURS && samples.size(Split.YOURS) == 0) {
            return samples.yours() == UserSamples.NOT_READ ? READING_CORRECTIONS : NO_CORRECTIONS_YET;
        }
        return NO_MATCH;
    }

    /**
     * The model and how many samples of each classified split it gets wrong; unreadable correction files.
     *
     * @param classifying whether MNIST is being classified now
     */
    public static String status(Samples s, String model, boolean classifying) {
        if (model == null) {
            return "Waiting for the model…" + problems(s.yours());
        }
        int errors = s.errors(Split.TEST);
        if (errors < 0) {
            return (classifying ? "Classifying the test set with " + model + "…"
                    : "Model " + model + ": classification cancelled; \"Classify training set\" classifies the test "
                            + "and training sets.") + problems(s.yours());
        }
        int test = s.size(Split.TEST);
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Model %s: %d of %,d test samples wrong (accuracy %.2f%%)", model, errors, test,
                100.0 * (test - errors) / test));
        if (s.errors(Split.TRAIN) >= 0) {
            text.append(String.format(Locale.ROOT, "; %d of %,d training samples wrong", s.errors(Split.TRAIN),
                    s.size(Split.TRAIN)));
        }
        if (s.errors(Split.YOURS) >= 0 && s.size(Split.YOURS) > 0) {
            text.append(String.format(Locale.ROOT, "; %d of your %,d corrected %s wrong", s.errors(Split.YOURS),
                    s.size(Split.YOURS), s.size(Split.YOURS) == 1 ? "digit" : "digits"));
        }
        return text + problems(s.yours());
    }

    /** One line per correction file that could not be read (the first few), or nothing. */
    static String problems(UserSamples yours) {
        List<String> problems = yours.problems();
        if (problems.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("\nNot all of your corrections in " + yours.folder()
                + " could be read:");
        problems.stream().limit(PROBLEMS_LISTED).forEach(p -> text.append("\n").append(p));
        if (problems.size() > PROBLEMS_LISTED) {
            text.append("\n… and ").append(problems.size() - PROBLEMS_LISTED).append(" more");
        }
        return text.toString();
    }
}
