package org.digitworkbench.browser.model;

/**
 * A part of the samples the browser shows: MNIST's test and training sets, and "Yours", the digits the user
 * corrected. Every sample has an id: its split's first id plus its index in the split.
 */
public enum Split {
    TEST("test", "the test set", 0), TRAIN("train", "the training set", 10_000),
    YOURS("yours", "your corrections", 70_000);

    /** How a sample of this split is named, e.g. "test #12". */
    public final String name;
    /** The split in a sentence, e.g. "Classifying the test set". */
    public final String title;
    private final int firstId;

    Split(String name, String title, int firstId) {
        this.name = name;
        this.title = title;
        this.firstId = firstId;
    }

    public int id(int index) {
        return firstId + index;
    }

    /** The split a sample id belongs to; YOURS comes last because it grows. */
    public static Split of(int id) {
        return id >= YOURS.firstId ? YOURS : id >= TRAIN.firstId ? TRAIN : TEST;
    }

    /** Index of a sample within its split. */
    public static int index(int id) {
        return id - of(id).firstId;
    }
}
