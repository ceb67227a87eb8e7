package org.conelab.numeric;

/**
 * A real number m·2^e with a double mantissa and a {@code long} exponent: the range of double
 * without its limits, so that a product of a thousand factors of 1e-3 is 1e-3000 and not 0, and
 * a growth of 1e400 is not ∞. Rounding is that of double (unit roundoff 2⁻⁵³ per operation).
 *
 * <p>Used as an accumulator: {@link #clear}, then {@link #add} terms m·2^e (each itself in wide
 * form), then read {@link #mantissa} and {@link #exponent} (normalised: 0.5 ≤ |m| &lt; 1, or m = 0
 * with e = 0). Terms more than {@link #NEGLIGIBLE_BITS} binary orders below the running sum
 * change it by less than its rounding and are dropped (the same as double addition does).
 */
public final class WideSum {

    /** Binary orders beyond which a term no longer changes the sum. */
    public static final int NEGLIGIBLE_BITS = 64;

    private double mantissa;
    private long exponent;

    /** Sets the sum to 0. */
    public void clear() {
        mantissa = 0.0;
        exponent = 0;
    }

    /**
     * sum ← sum + m·2^e.
     *
     * @param m a finite mantissa (any magnitude; it is normalised)
     * @param e its binary exponent
     */
    public void add(double m, long e) {
        if (m == 0.0) {
            return;
        }
        int shift = binaryOrder(m);
        double mNorm = Math.scalb(m, -shift);
        long eNorm = e + shift;
        if (mantissa == 0.0) {
            mantissa = mNorm;
            exponent = eNorm;
            return;
        }
        long gap = eNorm - exponent;
        if (gap > NEGLIGIBLE_BITS) {
            mantissa = mNorm;
            exponent = eNorm;
        } else if (gap >= -NEGLIGIBLE_BITS) {
            if (gap > 0) {
                mantissa = Math.scalb(mantissa, (int) -gap) + mNorm;
                exponent = eNorm;
            } else {
                mantissa += Math.scalb(mNorm, (int) gap);
            }
            normalise();
        }
    }

    /**
     * @param m a finite non-zero double, normal or subnormal
     * @return k with 0.5 ≤ |m·2^−k| &lt; 1
     */
    public static int binaryOrder(double m) {
        int exponent = Math.getExponent(m);
        if (exponent < Double.MIN_EXPONENT) {
            // subnormal: Math.getExponent says MIN_EXPONENT − 1 whatever the leading bit
            return Math.getExponent(m * TWO_TO_64) - 64 + 1;
        }
        return exponent + 1;
    }

    /** @return the normalised mantissa m, 0.5 ≤ |m| &lt; 1, or 0 */
    public double mantissa() {
        return mantissa;
    }

    /** @return the binary exponent e of the sum m·2^e (0 for a zero sum) */
    public long exponent() {
        return exponent;
    }

    private void normalise() {
        if (mantissa == 0.0) {
            exponent = 0;
            return;
        }
        int shift = binaryOrder(mantissa);
        mantissa = Math.scalb(mantissa, -shift);
        exponent += shift;
    }

    /**
     * @param m a mantissa
     * @param e its binary exponent
     * @return log10 |m·2^e|, −∞ for m = 0
     */
    public static double log10(double m, long e) {
        return m == 0.0 ? Double.NEGATIVE_INFINITY : Math.log10(Math.abs(m)) + e * LOG10_2;
    }

    /**
     * @param m a mantissa
     * @param e its binary exponent
     * @return m·2^e as a double: 0 (or subnormal) below the double range, ±∞ above it
     */
    public static double toDouble(double m, long e) {
        if (m == 0.0) {
            return 0.0;
        }
        long clamped = Math.max(-2200, Math.min(2200, e));
        // two steps, so that a subnormal result is rounded once, not flushed
        return Math.scalb(Math.scalb(m, (int) (clamped / 2)), (int) (clamped - clamped / 2));
    }

    private static final double LOG10_2 = Math.log10(2.0);
    private static final double TWO_TO_64 = 0x1p64;
}
