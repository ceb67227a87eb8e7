package org.conelab.numeric;

import java.util.Locale;
import org.conelab.api.InvalidInputException;

/**
 * Refuses, before anything is allocated, an operation whose arrays of doubles would not fit:
 * an operation on order n that stores d doubles in all, the longest single array holding a of
 * them, is refused when 8·d bytes exceed the heap limit or when a exceeds
 * {@value #MAX_ARRAY_LENGTH}, the most entries a Java array holds.
 *
 * <p>Counts are taken in {@code double} arithmetic, so they cannot overflow even where 8·n²
 * exceeds {@link Long#MAX_VALUE} (n = 2·10⁹); their rounding is irrelevant at this scale. The
 * check ignores what the heap already holds: it catches the hopeless cases with a clear
 * message, not every {@link OutOfMemoryError}. Immutable.
 */
public final class HeapBudget {

    /** The most entries a Java array can hold here (the JDK's soft array limit, 2³¹ − 9). */
    public static final long MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8L;

    private static final double KIB = 1024.0;
    private static final String[] BINARY_UNITS = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private final long limitBytes;

    /** @param limitBytes the heap limit in bytes (tests pass a small one) */
    public HeapBudget(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    /** @return a budget of the running JVM's maximum heap, {@link Runtime#maxMemory()}, set by {@code -Xmx} */
    public static HeapBudget ofRuntime() {
        return new HeapBudget(Runtime.getRuntime().maxMemory());
    }

    /** @return the heap limit in bytes */
    public long limitBytes() {
        return limitBytes;
    }

    /**
     * @param n the order of the problem, the subject of the message
     * @param doubles d, every double the operation stores at once
     * @param largestArray a, the length of its longest single array
     * @param what what the doubles are for, for the message (for example {@code "the band Cholesky factor"})
     * @throws InvalidInputException with subject {@code n} and a message naming n, the bytes
     *     needed, {@code what} and the limit, when 8·d bytes exceed the limit or a exceeds
     *     {@value #MAX_ARRAY_LENGTH}
     */
    public void require(int n, double doubles, double largestArray, String what) {
        double bytes = Double.BYTES * doubles;
        boolean tooLong = largestArray > MAX_ARRAY_LENGTH;
        if (tooLong || bytes > limitBytes) {
            throw new InvalidInputException("n", "n = " + n + " needs " + format(bytes) + " for " + what
                    + "; the heap limit is " + format(limitBytes) + " (-Xmx)"
                    + (tooLong ? "; one array would exceed 2^31 entries" : ""));
        }
    }

    /**
     * @param bytes a byte count ≥ 0
     * @return it in binary units (1 KiB = 1024 bytes) with one decimal, such as {@code 74.5 GiB},
     *     or as a whole number below 1 KiB, such as {@code 512 bytes}
     */
    public static String format(double bytes) {
        int unit = 0;
        double value = bytes;
        while (value >= KIB && unit < BINARY_UNITS.length - 1) {
            value /= KIB;
            unit++;
        }
        return unit == 0 ? String.format(Locale.ROOT, "%.0f bytes", value)
                : String.format(Locale.ROOT, "%.1f %s", value, BINARY_UNITS[unit]);
    }
}
