package org.conelab.numeric;

/**
 * An eigenvalue λ known to lie in [lower, upper], with the value reported for it.
 *
 * @param value the value reported
 * @param lower a lower bound on λ, ≤ value
 * @param upper an upper bound on λ, ≥ value
 */
record Enclosure(double value, double lower, double upper) {

    private static final double U = Dot2.UNIT_ROUNDOFF;

    /** @return max(value − lower, upper − value), rounded up: the absolute error bound of value */
    double tolerance() {
        return Math.max(value - lower, upper - value) * (1.0 + 4.0 * U);
    }

    /** @return the enclosure of −λ */
    Enclosure negate() {
        return new Enclosure(-value, -upper, -lower);
    }

    /**
     * @return the enclosure of 1/λ for an enclosure of λ &gt; 0 (lower &gt; 0): value 1/value,
     *     bounds 1/upper and 1/lower, each widened by the rounding of the division
     */
    Enclosure reciprocal() {
        if (!(lower > 0)) {
            throw new ArithmeticException("1/λ needs λ > 0, but the enclosure reaches down to " + lower);
        }
        return new Enclosure(1.0 / value, (1.0 / upper) * (1.0 - 2.0 * U), (1.0 / lower) * (1.0 + 2.0 * U));
    }
}
