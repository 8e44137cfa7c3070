package org.digitworkbench.soak;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Display;

/**
 * What a session holds at one moment: SWT resources (images, fonts, GCs … as tracked by a Display made with
 * DeviceData.tracking), widgets, open file descriptors and the Java heap in use after full collections; and the
 * machine's load, which the UI-thread stalls follow.
 *
 * @param fileDescriptors -1 where /proc/self/fd cannot be read
 * @param loadAverage the system load average of the last minute, negative where the system does not tell
 */
record Footprint(int resources, int widgets, int fileDescriptors, long heapBytes, double loadAverage) {

    static Footprint measure(Display display, int widgets) {
        return new Footprint(display.getDeviceData().objects.length, widgets, openFileDescriptors(),
                heapAfterFullGc(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Several collections: one may leave garbage that finalization or reference processing frees only later. */
    private static long heapAfterFullGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static int openFileDescriptors() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return (int) fds.count();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
