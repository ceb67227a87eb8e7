package org.conelab.api.solver;

/**
 * The extreme eigenvalues of a symmetric matrix.
 *
 * @param min λ_min
 * @param max λ_max
 * @param tolerance the absolute error bound the solver guarantees on each (0 for a direct method
 *     to rounding)
 */
public record SpectrumBounds(double min, double max, double tolerance) {

    /** @return the spectral condition number λ_max / λ_min (infinite when λ_min ≤ 0) */
    public double conditionNumber() {
        return min > 0 ? max / min : Double.POSITIVE_INFINITY;
    }
}
