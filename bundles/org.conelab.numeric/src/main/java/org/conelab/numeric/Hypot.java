package org.conelab.numeric;

/**
 * The hypotenuse √(a² + b²), the radius of a plane (Givens) rotation.
 *
 * <p>{@link Math#hypot} avoids overflow and underflow at every magnitude but is several times
 * slower than the plain formula. Here the plain formula serves while max(|a|, |b|) lies in
 * (10⁻¹⁵⁰, 10¹⁵⁰), where a² + b² can neither overflow nor lose all precision to underflow, and
 * {@link Math#hypot} serves outside it (and for NaN and infinities). Within the fast range the
 * result has a relative error of at most about 1.5 ulp (two roundings of the sum and one of the
 * square root), against 1 ulp for {@link Math#hypot}.
 */
public final class Hypot {

    /** Below this magnitude a² may underflow: {@link Math#hypot} takes over. */
    private static final double SMALL = 1e-150;
    /** Above this magnitude a² may overflow: {@link Math#hypot} takes over. */
    private static final double LARGE = 1e150;

    private Hypot() {
    }

    /**
     * @param a any double
     * @param b any double
     * @return √(a² + b²), never overflowing or underflowing unless the result itself does
     */
    public static double of(double a, double b) {
        double big = Math.max(Math.abs(a), Math.abs(b));
        if (big > SMALL && big < LARGE) {
            return Math.sqrt(a * a + b * b);
        }
        return Math.hypot(a, b);
    }
}
