package org.digitworkbench.app.handlers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;

/** The job's monitor, as a workbench's progress view would receive it. */
final class RecordingMonitor extends NullProgressMonitor {
    volatile String task;
    volatile int total;
    final AtomicInteger worked = new AtomicInteger();
    final List<String> subTasks = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void beginTask(String name, int totalWork) {
        task = name;
        total = totalWork;
    }

    @Override
    public void worked(int work) {
        worked.addAndGet(work);
    }

    @Override
    public void subTask(String name) {
        subTasks.add(name);
    }
}
