package org.conelab.solver.banded.scalar.core;

import java.util.Locale;
import org.conelab.api.InvalidInputException;

/** Input checks shared by every operation; each failure names the argument at fault. */
final class Checks {

    /** Java arrays hold at most about this many elements. */
    static final long MAX_ARRAY = Integer.MAX_VALUE - 8L;

    private Checks() {
    }

    static void length(String name, double[] vector, int n) {
        if (vector == null || vector.length != n) {
            throw new InvalidInputException(name, "needs length n = " + n + ", got "
                    + (vector == null ? "null" : String.valueOf(vector.length)));
        }
    }

    static void atLeast(String name, int value, int least) {
        if (value < least) {
            throw new InvalidInputException(name, "must be >= " + least + ", got " + value);
        }
    }

    static void weights(double[] weights, int n) {
        weights(weights, n, 0, n);
    }

    /** Checks the length of the weights and that w_i is finite and &gt; 0 for i in [from, to). */
    static void weights(double[] weights, int n, int from, int to) {
        length("weights", weights, n);
        for (int i = from; i < to; i++) {
            if (!(weights[i] > 0) || !Double.isFinite(weights[i])) {
                throw new InvalidInputException("weights[" + i + "]", "must be a finite number > 0, got " + weights[i]);
            }
        }
    }

    /**
     * Refuses, before allocating, an operation that needs more doubles than one array holds or
     * than the heap limit ({@link Runtime#maxMemory()}, -Xmx) allows.
     *
     * @param n the order, the subject of the message
     * @param doubles the doubles the operation allocates, in double arithmetic (cannot overflow)
     * @param largestArray the longest single array it allocates
     * @param what what they are for
     */
    static void memory(int n, double doubles, double largestArray, String what) {
        double bytes = Double.BYTES * doubles;
        long limit = Runtime.getRuntime().maxMemory();
        if (largestArray > MAX_ARRAY || bytes > limit) {
            throw new InvalidInputException("n", String.format(Locale.ROOT,
                    "n = %d needs %.1f MiB for %s; the heap limit is %.1f MiB (-Xmx)%s", n, bytes / (1 << 20), what,
                    limit / (double) (1 << 20), largestArray > MAX_ARRAY ? " and one array would exceed 2^31 entries" : ""));
        }
    }
}
