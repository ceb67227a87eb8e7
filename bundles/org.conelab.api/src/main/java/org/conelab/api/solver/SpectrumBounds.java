package org.conelab.api.solver;

/**
 * The extreme eigenvalues of a symmetric matrix with an error bound on each.
 *
 * <p>The bounds are honest: the true λ_min lies in [min − minTolerance, min + minTolerance] and
 * the true λ_max in [max − maxTolerance, max + maxTolerance]. A solver that computes λ_min to
 * high relative accuracy (S = W^½KW^½ with K well conditioned and W graded) states a
 * {@code minTolerance} of the order of ε·λ_min, not ε·λ_max.
 *
 * @param min λ_min
 * @param max λ_max
 * @param minTolerance the absolute error bound on {@code min} (0 only for an exact value)
 * @param maxTolerance the absolute error bound on {@code max} (0 only for an exact value)
 * @since 1.1
 */
public record SpectrumBounds(double min, double max, double minTolerance, double maxTolerance) {

    /**
     * The 1.0 form: one absolute bound for both extremes.
     *
     * @param min λ_min
     * @param max λ_max
     * @param tolerance the absolute error bound on each
     */
    public SpectrumBounds(double min, double max, double tolerance) {
        this(min, max, tolerance, tolerance);
    }

    /** @return the larger of the two error bounds (the 1.0 meaning of a single tolerance) */
    public double tolerance() {
        return Math.max(minTolerance, maxTolerance);
    }

    /** @return the spectral condition number λ_max / λ_min (infinite when λ_min ≤ 0) */
    public double conditionNumber() {
        return min > 0 ? max / min : Double.POSITIVE_INFINITY;
    }

    /** @return the largest value λ_max can have: max + maxTolerance */
    public double maxUpper() {
        return max + maxTolerance;
    }

    /** @return the smallest value λ_max can have: max − maxTolerance */
    public double maxLower() {
        return max - maxTolerance;
    }
}
