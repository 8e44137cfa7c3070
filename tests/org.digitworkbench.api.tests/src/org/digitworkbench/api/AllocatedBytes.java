package org.digitworkbench.api;

import java.lang.management.ManagementFactory;

/** How much memory the test thread allocates, to show that bad input is refused before it costs memory. */
public final class AllocatedBytes {

    public static final long MB = 1 << 20;

    private AllocatedBytes() {
    }

    /** Bytes allocated by this thread so far (HotSpot's counter; com.sun.management is not imported by the bundle). */
    public static long ofThisThread() throws ReflectiveOperationException {
        Class<?> bean = ClassLoader.getPlatformClassLoader().loadClass("com.sun.management.ThreadMXBean");
        return (long) bean.getMethod("getCurrentThreadAllocatedBytes").invoke(ManagementFactory.getThreadMXBean());
    }
}
