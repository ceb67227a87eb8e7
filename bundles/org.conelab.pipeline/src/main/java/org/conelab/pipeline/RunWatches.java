package org.conelab.pipeline;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The {@link RunWatch}es of the runs in progress, told of every provider that is unregistered. Thread-safe. */
final class RunWatches {

    private final Set<RunWatch> open = ConcurrentHashMap.newKeySet();

    /** @return a watch for a run that starts now; close it when the run ends */
    RunWatch open() {
        RunWatch watch = new RunWatch(this);
        open.add(watch);
        return watch;
    }

    /** Tells every run in progress that {@code service} was unregistered. */
    void unregistered(Object service) {
        open.forEach(watch -> watch.unregistered(service));
    }

    /** @return how many runs are being watched */
    int size() {
        return open.size();
    }

    void closed(RunWatch watch) {
        open.remove(watch);
    }
}
