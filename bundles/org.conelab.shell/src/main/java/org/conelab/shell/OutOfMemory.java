package org.conelab.shell;

import java.util.Locale;
import java.util.Optional;

/**
 * Turns an {@link OutOfMemoryError} of a run into one line with the heap's limit and how to
 * raise it. The run's arrays are garbage once the error has unwound its stack, so the platform
 * goes on.
 */
final class OutOfMemory {

    /** The environment variable whose words the {@code conelab} script passes to the JVM. */
    static final String JAVA_OPTS = "CONELAB_JAVA_OPTS";

    private static final long MIB = 1024L * 1024L;

    private OutOfMemory() {
    }

    /** @return the OutOfMemoryError that {@code failure} is or was caused by, if any */
    static Optional<OutOfMemoryError> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError oom) {
                return Optional.of(oom);
            }
        }
        return Optional.empty();
    }

    /**
     * @param maxHeapBytes the heap's limit, {@code Runtime.maxMemory()}
     * @return e.g. {@code out of memory: the run needs more than the Java heap's limit of 512 MiB
     *     (Runtime.maxMemory); raise it with CONELAB_JAVA_OPTS, e.g. CONELAB_JAVA_OPTS=-Xmx1g ./conelab …}
     */
    static String message(long maxHeapBytes) {
        return String.format(Locale.ROOT, "out of memory: the run needs more than the Java heap's limit of %d MiB"
                + " (Runtime.maxMemory); raise it with %s, e.g. %s=-Xmx%s ./conelab …",
                maxHeapBytes / MIB, JAVA_OPTS, JAVA_OPTS, suggestion(maxHeapBytes));
    }

    /** @return an -Xmx value at least twice {@code maxHeapBytes}: whole GiB from 1g on, else MiB */
    static String suggestion(long maxHeapBytes) {
        long twice = 2 * maxHeapBytes;
        long gib = 1024 * MIB;
        return twice >= gib ? (twice + gib - 1) / gib + "g" : (twice + MIB - 1) / MIB + "m";
    }
}
