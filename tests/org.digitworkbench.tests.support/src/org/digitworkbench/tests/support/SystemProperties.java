package org.digitworkbench.tests.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** System properties set for one test and put back as they were when it closes (the JVM is shared by all tests). */
public final class SystemProperties implements AutoCloseable {

    private final Map<String, String> previous = new LinkedHashMap<>();

    public SystemProperties set(String name, String value) {
        previous.putIfAbsent(name, System.getProperty(name));
        System.setProperty(name, value);
        return this;
    }

    @Override
    public void close() {
        previous.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }
}
