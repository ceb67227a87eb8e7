package org.conelab.solver.iterative;

import java.util.Locale;
import org.conelab.api.InvalidInputException;

/**
 * Refuses, before anything is allocated, an operation whose arrays of doubles would exceed the
 * JVM's maximum heap ({@link Runtime#maxMemory()}, set by {@code -Xmx}). Counts are formed in
 * {@code double} arithmetic so they cannot overflow. The check ignores what the heap already
 * holds: it catches the hopeless cases with a clear message, not every {@link OutOfMemoryError}.
 */
final class MemoryBudget {

    private final long limitBytes;

    /** @param limitBytes the heap limit in bytes */
    MemoryBudget(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    /** @return a budget of the running JVM's maximum heap */
    static MemoryBudget ofRuntime() {
        return new MemoryBudget(Runtime.getRuntime().maxMemory());
    }

    /** @return the heap limit in doubles */
    double doubles() {
        return limitBytes / (double) Double.BYTES;
    }

    /**
     * @param n the order of the problem
     * @param doubles how many doubles the operation stores
     * @param what what they are, for the message (for example {@code "the response columns"})
     * @throws InvalidInputException with subject {@code n} when they do not fit in the heap
     */
    void require(int n, double doubles, String what) {
        double bytes = doubles * Double.BYTES;
        if (bytes > limitBytes) {
            throw new InvalidInputException("n", String.format(Locale.ROOT,
                    "n = %d needs %.1f MiB for %s; the heap limit is %.1f MiB (-Xmx)", n, bytes / (1 << 20), what,
                    limitBytes / (double) (1 << 20)));
        }
    }
}
