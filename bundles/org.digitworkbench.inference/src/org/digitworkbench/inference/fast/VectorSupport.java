package org.digitworkbench.inference.fast;

/**
 * Whether the JVM has the Vector API ({@code jdk.incubator.vector}, added with {@code --add-modules}; the product's
 * launcher and the tests do): the convolutions then use {@link VectorGemm}, else the plain loops. Off with
 * {@code -Ddigits.vector=false}, to compare.
 */
final class VectorSupport {

    private static final boolean MODULE_PRESENT = probe();

    private VectorSupport() {
    }

    /** Asked when a network is compiled: a network keeps the path it was compiled with. */
    static boolean available() {
        return MODULE_PRESENT && Boolean.parseBoolean(System.getProperty("digits.vector", "true"));
    }

    private static boolean probe() {
        try {
            Class.forName("jdk.incubator.vector.FloatVector", false, VectorSupport.class.getClassLoader());
            return VectorGemm.LANES >= 4;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
