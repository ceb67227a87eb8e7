package org.conelab.solver.dense;

import java.util.Locale;
import org.conelab.api.InvalidInputException;

/**
 * Refuses, before anything is allocated, an operation whose dense storage would not fit in the
 * heap. An operation on order n that keeps {@code copies} n×n arrays of doubles and
 * {@code extraDoubles} further doubles needs (copies·n² + extra)·8 bytes; it is refused when
 * that exceeds the JVM's maximum heap ({@link Runtime#maxMemory()}, set by {@code -Xmx}).
 *
 * <p>The byte count is formed in {@code double} arithmetic, so it cannot overflow even for
 * n = 2·10⁹ (where 8·n² exceeds {@code Long.MAX_VALUE}); its rounding is irrelevant at this
 * scale. The check ignores what else the heap already holds: it catches the hopeless cases
 * with a clear message, not every {@link OutOfMemoryError}.
 */
final class HeapBudget {

    private static final double BYTES_PER_DOUBLE = Double.BYTES;
    private static final double KIB = 1024.0;

    private final long limitBytes;

    /** @param limitBytes the heap limit in bytes */
    HeapBudget(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    /** @return a budget of the running JVM's maximum heap */
    static HeapBudget ofRuntime() {
        return new HeapBudget(Runtime.getRuntime().maxMemory());
    }

    /** @return the number of bytes that {@code copies} n×n arrays and {@code extraDoubles} doubles take */
    static double bytes(int n, int copies, double extraDoubles) {
        return BYTES_PER_DOUBLE * ((double) copies * n * n + extraDoubles);
    }

    /**
     * @param n the order of the matrices
     * @param copies how many n×n arrays of doubles the operation holds at once
     * @param extraDoubles further doubles it stores (for example the response columns)
     * @throws InvalidInputException with subject {@code n} when they do not fit in the heap
     */
    void require(int n, int copies, double extraDoubles) {
        double needed = bytes(n, copies, extraDoubles);
        if (needed > limitBytes) {
            throw new InvalidInputException("n", "n = " + n + " needs " + format(needed)
                    + " for dense n×n storage (" + copies + " × 8·n² bytes"
                    + (extraDoubles > 0 ? " and the stored columns" : "") + "); the heap limit is "
                    + format(limitBytes) + " (-Xmx); use a banded or matrix-free solver or raise -Xmx");
        }
    }

    /** @return bytes in binary units with one decimal, such as {@code 74.5 GiB} */
    static String format(double bytes) {
        String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        int unit = 0;
        double value = bytes;
        while (value >= KIB && unit < units.length - 1) {
            value /= KIB;
            unit++;
        }
        return unit == 0 ? String.format(Locale.ROOT, "%.0f bytes", value)
                : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
