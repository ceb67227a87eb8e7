package org.conelab.kernel.expdecay;

import org.conelab.api.matrix.StencilMatrix;

/**
 * The Laplace kernel K(i, j) = C₀·exp(−|i − j|/ξ₀) on a chain, a symmetric Toeplitz matrix,
 * truncated to the half-bandwidth h = min(R_eff, n − 1) with R_eff = ⌊ξ₀·ln(1/tol)⌋: exactly
 * the entries with C₀·exp(−k/ξ₀) ≥ tol·C₀ are kept. Stored as a {@link StencilMatrix} of h + 1
 * coefficients c_k = C₀·q^k, q = exp(−1/ξ₀), whatever n is.
 *
 * <p><b>Smallest eigenvalue.</b> The eigenvalues of an n×n section of a symmetric Toeplitz
 * matrix lie within the range of its symbol f(θ) = c₀ + 2·Σ_{k=1}^{h} c_k·cos kθ (Grenander and
 * Szegő, <i>Toeplitz Forms and Their Applications</i>, 1958, §5.2; Gray, "Toeplitz and
 * circulant matrices: a review", Found. Trends Commun. Inf. Theory 2, 2006, Lemma 4.1). So
 * λ_min ≥ min_θ f(θ), bounded below in two ways and the larger is reported:
 * <ul>
 * <li>closed form: the untruncated symbol is C₀(1 − q²)/(1 − 2q·cos θ + q²) ≥ C₀(1 − q)/(1 + q)
 *     (at θ = π), and the dropped tail is at most 2·Σ_{k&gt;h} c_k = 2C₀·q^{h+1}/(1 − q);</li>
 * <li>grid: f on {@value #GRID_POINTS} + 1 equally spaced θ in [0, π] (f is even and
 *     2π-periodic), from the geometric sum Σ_{k=0}^{h} q^k cos kθ = Re[(1 − z^{h+1})/(1 − z)],
 *     z = q·e^{iθ}, minus the interpolation margin Δ²/8·max|f''| with Δ = π/{@value #GRID_POINTS}
 *     and |f''| ≤ 2·Σ k²c_k, minus a rounding margin.</li>
 * </ul>
 * When h = n − 1 nothing was dropped, the matrix is a section of the untruncated Toeplitz
 * matrix, and λ_min ≥ C₀(1 − q)/(1 + q) &gt; 0 exactly.
 */
final class ToeplitzLaplace {

    /** Intervals of the θ grid on [0, π]. */
    static final int GRID_POINTS = 1 << 16;

    /**
     * Rounding margin of the geometric-sum evaluation, in units of ε·C₀/(1 − q): the closed form
     * divides by |1 − z| ≥ 1 − q, and a handful of operations each contribute ε.
     */
    static final double ROUNDING_UNITS = 64;

    private final double c0;
    private final double q;
    private final int half;

    /**
     * @param c0 C₀ &gt; 0
     * @param xi ξ₀ &gt; 0
     * @param half the half-bandwidth h ≥ 0 kept
     */
    ToeplitzLaplace(double c0, double xi, int half) {
        this.c0 = c0;
        this.q = Math.exp(-1 / xi);
        this.half = half;
    }

    /**
     * @return R_eff = ⌊ξ₀·ln(1/tol)⌋, capped at {@code cap} (so that it fits an int)
     */
    static int effectiveRange(double xi, double tolerance, int cap) {
        double range = Math.floor(xi * Math.log(1 / tolerance));
        return range >= cap ? cap : (int) range;
    }

    /** @return the n×n stencil c_k = C₀·q^k, k = 0 … h */
    StencilMatrix matrix(int n) {
        double[] coefficients = new double[half + 1];
        for (int k = 0; k <= half; k++) {
            // c_k = C₀·exp(−k/ξ₀)
            coefficients[k] = c0 * Math.pow(q, k);
        }
        return new StencilMatrix(n, coefficients);
    }

    /** @return the untruncated symbol's minimum C₀(1 − q)/(1 + q) */
    double untruncatedMinimum() {
        return c0 * (1 - q) / (1 + q);
    }

    /**
     * @return an upper bound on λ_max of any section of the truncated Toeplitz matrix: the
     *     Gershgorin row sum c0·(1 + 2 Σ_{k=1}^{R} q^k) ≤ c0·(1 + q)/(1 − q), raised by its rounding
     */
    double gershgorinBound() {
        return c0 * (1 + q) / (1 - q) * (1 + roundingMargin() / c0 + 1e-15);
    }

    /** @return a lower bound on λ_min of any section of the truncated Toeplitz matrix */
    double symbolLowerBound() {
        double closedForm = untruncatedMinimum() - 2 * c0 * Math.pow(q, half + 1.0) / (1 - q);
        return Math.max(closedForm, gridMinimum() - interpolationMargin() - roundingMargin());
    }

    /** @return min over the grid θ_m = mπ/M of f(θ_m) */
    double gridMinimum() {
        double minimum = Double.POSITIVE_INFINITY;
        for (int m = 0; m <= GRID_POINTS; m++) {
            minimum = Math.min(minimum, symbol(Math.PI * m / GRID_POINTS));
        }
        return minimum;
    }

    /** @return f(θ) = C₀·(2·Re[(1 − z^{h+1})/(1 − z)] − 1), z = q·e^{iθ} */
    double symbol(double theta) {
        double zr = q * Math.cos(theta);
        double zi = q * Math.sin(theta);
        double power = Math.pow(q, half + 1.0);
        // numerator 1 − z^{h+1}, denominator 1 − z
        double nr = 1 - power * Math.cos((half + 1.0) * theta);
        double ni = -power * Math.sin((half + 1.0) * theta);
        double dr = 1 - zr;
        double di = -zi;
        double real = (nr * dr + ni * di) / (dr * dr + di * di);
        return c0 * (2 * real - 1);
    }

    /** @return Δ²/8·2·Σ_{k=1}^{h} k²·c_k, Δ = π/M: how far f may dip between grid points */
    double interpolationMargin() {
        double curvature = 0;
        double ck = c0;
        for (int k = 1; k <= half; k++) {
            ck *= q;
            // |f''| ≤ 2 Σ k² c_k
            curvature += 2.0 * k * k * ck;
        }
        double step = Math.PI / GRID_POINTS;
        return step * step / 8 * curvature;
    }

    private double roundingMargin() {
        return ROUNDING_UNITS * Math.ulp(1.0) * c0 / (1 - q);
    }
}
