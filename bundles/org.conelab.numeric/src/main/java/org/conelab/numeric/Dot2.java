package org.conelab.numeric;

/**
 * A sum of products Σ a_k·b_k accumulated in doubled working precision by error-free
 * transformations: Algorithm Dot2 of Ogita, Rump &amp; Oishi, "Accurate sum and dot product",
 * SIAM J. Sci. Comput. 26, 2005. Each product is split exactly as p + e with
 * e = fma(a, b, −p) (TwoProduct), each partial sum exactly as s + q (Knuth's TwoSum), and the
 * errors e and q are summed on the side. The result, rounded once, satisfies
 *
 * <pre>
 *   |value − Σ a_k·b_k| ≤ u·|Σ a_k·b_k| + γ_m²·Σ |a_k·b_k|,   γ_m = m·u / (1 − m·u),
 * </pre>
 *
 * for m terms and unit round-off u = 2⁻⁵³ (their Proposition 5.5): as accurate as if computed
 * in twice the precision and then rounded. {@link #magnitude()} accumulates Σ|a_k·b_k| in plain
 * arithmetic for that bound. Mutable and not thread-safe: one accumulator per loop.
 */
final class Dot2 {

    /** The unit round-off u = 2⁻⁵³ of IEEE double rounding to nearest. */
    static final double UNIT_ROUNDOFF = 0x1p-53;

    private double sum;
    private double correction;
    private double magnitude;

    /** Starts a new sum at 0. */
    void reset() {
        sum = 0.0;
        correction = 0.0;
        magnitude = 0.0;
    }

    /** Adds the product a·b. */
    void add(double a, double b) {
        double p = a * b;
        // TwoProduct: a·b = p + e exactly
        double e = Math.fma(a, b, -p);
        double s = sum + p;
        // TwoSum: sum + p = s + q exactly
        double z = s - sum;
        double q = (sum - (s - z)) + (p - z);
        sum = s;
        correction += q + e;
        magnitude += Math.abs(p);
    }

    /** @return the sum, rounded once */
    double value() {
        return sum + correction;
    }

    /** @return Σ |a_k·b_k|, in plain arithmetic */
    double magnitude() {
        return magnitude;
    }

    /** @return xᵀy by {@link #add} over the common length of x and y */
    static double dot(double[] x, double[] y) {
        Dot2 acc = new Dot2();
        for (int i = 0; i < x.length; i++) {
            acc.add(x[i], y[i]);
        }
        return acc.value();
    }

    /** @return Σ |x_i·y_i| */
    static double dotMagnitude(double[] x, double[] y) {
        double sum = 0.0;
        for (int i = 0; i < x.length; i++) {
            sum += Math.abs(x[i] * y[i]);
        }
        return sum;
    }

    /**
     * @param terms m ≥ 0
     * @return γ_m² with γ_m = m·u/(1 − m·u), the second-order constant of the error bound; +∞
     *     when m·u ≥ 1
     */
    static double gammaSquared(double terms) {
        double mu = terms * UNIT_ROUNDOFF;
        if (mu >= 1.0) {
            return Double.POSITIVE_INFINITY;
        }
        double gamma = mu / (1.0 - mu);
        return gamma * gamma;
    }

    /**
     * @param value a sum of m non-negative terms computed in plain arithmetic (a norm, a magnitude)
     * @param terms m
     * @return value·(1 + 2·(m + 2)·u), an upper bound of the exact sum that also covers a square root
     */
    static double inflate(double value, double terms) {
        return value * (1.0 + 2.0 * (terms + 2.0) * UNIT_ROUNDOFF);
    }
}
