package org.digitworkbench.inference;

import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Starts ND4J inside OSGi. ND4J finds its CPU backend through {@link java.util.ServiceLoader} with the thread
 * context class loader, captured once in a static initialiser; on a DS or Job thread that loader cannot see this
 * bundle's embedded jars. So the first ND4J call runs with this bundle's loader as context loader.
 * <p>
 * JavaCPP, which loads ND4J's natives, prints its warnings on stderr unless told to log through slf4j, which this
 * bundle binds to the Eclipse log: it is told so before its first class loads, and where the natives are
 * ({@link NativeLibraries}).
 */
public final class Nd4jRuntime {

    private static final String JAVACPP_LOGGER = "org.bytedeco.javacpp.logger";

    private static volatile long initMillis = -1;

    private Nd4jRuntime() {
    }

    /** Whether ND4J has been started in this JVM. */
    public static boolean started() {
        return initMillis >= 0;
    }

    /** How long ND4J took to start, or -1 when it has not been started. */
    public static long startMillis() {
        return initMillis;
    }

    /** Initialises ND4J once; later calls return at once. Returns how long initialisation took. */
    public static synchronized long ensureStarted() {
        if (initMillis >= 0) {
            return initMillis;
        }
        long start = System.nanoTime();
        if (System.getProperty(JAVACPP_LOGGER) == null) {
            System.setProperty(JAVACPP_LOGGER, "slf4j");
        }
        NativeLibraries.useBundleFolder();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Nd4jRuntime.class.getClassLoader());
        try {
            ND4JClassLoading.setNd4jClassloaderFromClass(Nd4jRuntime.class);
            Nd4j.create(1);
        } finally {
            thread.setContextClassLoader(previous);
        }
        initMillis = (System.nanoTime() - start) / 1_000_000;
        return initMillis;
    }
}
