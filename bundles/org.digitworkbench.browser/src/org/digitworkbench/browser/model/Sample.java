package org.digitworkbench.browser.model;

/** Where a sample lives: the test split (ids 0–9,999) or the training split (ids 10,000–69,999). */
public final class Sample {

    public static final int TEST_SIZE = 10_000;

    private Sample() {
    }

    public static boolean isTest(int id) {
        return id < TEST_SIZE;
    }

    /** Index within its split. */
    public static int index(int id) {
        return isTest(id) ? id : id - TEST_SIZE;
    }

    public static int trainId(int index) {
        return TEST_SIZE + index;
    }

    public static String describe(int id) {
        return (isTest(id) ? "test #" : "train #") + index(id);
    }
}
