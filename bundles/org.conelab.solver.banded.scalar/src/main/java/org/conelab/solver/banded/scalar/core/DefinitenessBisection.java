package org.conelab.solver.banded.scalar.core;

import org.conelab.api.solver.SpectrumBounds;

/**
 * Extreme eigenvalues of a symmetric band matrix S of any half-bandwidth R by bisection on
 * positive definiteness: x &lt; λ_min exactly when S − x·I is positive definite, and
 * x &gt; λ_max exactly when x·I − S is, and each is decided by attempting a Cholesky
 * factorisation. The factorisation of row i needs only rows i − R … i − 1 of the factor, so it
 * runs in a ring of (R + 1)² doubles: O(n·R²) time and O(R²) memory per test, about 53 tests
 * per extreme. No O(n²) reduction is needed, so this serves large n.
 *
 * <p><b>Tolerance.</b> Cholesky is backward stable: when it succeeds, S − x·I + E is positive
 * definite with ‖E‖ ≤ c·(R + 1)·ε·‖S − x·I‖, and it succeeds whenever λ_min(S − x·I) exceeds
 * that bound (Demmel, Applied Numerical Linear Algebra, §2.7.3). With ‖S − x·I‖ ≤ 2‖S‖ on the
 * Gershgorin interval, each extreme lies within half its final bracket plus
 * {@value #BACKWARD_ULPS}·(R + 1)·ε·‖S‖ of the exact one; that sum is the stated tolerance.
 */
public final class DefinitenessBisection {

    /** The backward error of a band Cholesky, in units of (R + 1)·ε·‖S‖. */
    static final double BACKWARD_ULPS = 4.0;
    /** Brackets are bisected until at most this many ε·‖S‖ wide. */
    static final double BRACKET_ULPS = 2.0;

    private static final double EPSILON = Math.ulp(1.0);
    private static final int MAX_TESTS = 200;

    private final SimilarBand matrix;
    private final int width;
    private final double[] ring;

    /** @param matrix S */
    public DefinitenessBisection(SimilarBand matrix) {
        this.matrix = matrix;
        this.width = matrix.bandwidth() + 1;
        this.ring = new double[width * width];
    }

    /**
     * @param shift x
     * @param sign +1 to test S − x·I, −1 to test x·I − S
     * @return whether the Cholesky factorisation of sign·(S − x·I) succeeds
     */
    public boolean positiveDefinite(double shift, double sign) {
        int n = matrix.size();
        int r = width - 1;
        for (int i = 0; i < n; i++) {
            int start = Math.max(0, i - r);
            int rowI = (i % width) * width;
            for (int j = start; j <= i; j++) {
                int rowJ = (j % width) * width;
                // s = M(i, j) − Σ_m L(i, m)·L(j, m), L(i, m) at ring[row(i) + i − m]
                double s = sign * (matrix.upper(j, i - j) - (i == j ? shift : 0.0));
                for (int m = start; m < j; m++) {
                    s -= ring[rowI + i - m] * ring[rowJ + j - m];
                }
                if (j < i) {
                    ring[rowI + i - j] = s / ring[rowJ];
                } else if (s > 0) {
                    ring[rowI] = Math.sqrt(s);
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * @param gershgorin {lower, upper} bounds of the spectrum
     * @return λ_min, λ_max and the tolerance
     */
    public SpectrumBounds extremes(double[] gershgorin) {
        double norm = Math.max(Math.abs(gershgorin[0]), Math.abs(gershgorin[1]));
        double bracket = Math.max(BRACKET_ULPS * EPSILON * norm, Double.MIN_NORMAL);
        double margin = EPSILON * norm + Double.MIN_NORMAL;
        // S − lo·I is positive definite, S − hi·I is not
        double lo = gershgorin[0] - margin;
        double hi = gershgorin[1] + margin;
        for (int test = 0; test < MAX_TESTS && hi - lo > bracket; test++) {
            double mid = 0.5 * (lo + hi);
            if (positiveDefinite(mid, 1.0)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double min = 0.5 * (lo + hi);
        double minWidth = hi - lo;
        // x·I − S is positive definite at hi, not at lo
        lo = gershgorin[0] - margin;
        hi = gershgorin[1] + margin;
        for (int test = 0; test < MAX_TESTS && hi - lo > bracket; test++) {
            double mid = 0.5 * (lo + hi);
            if (positiveDefinite(mid, -1.0)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        double halfWidth = 0.5 * Math.max(minWidth, hi - lo);
        return new SpectrumBounds(min, 0.5 * (lo + hi),
                halfWidth + BACKWARD_ULPS * width * EPSILON * norm);
    }
}
