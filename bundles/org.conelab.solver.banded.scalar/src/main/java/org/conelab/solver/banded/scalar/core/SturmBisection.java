package org.conelab.solver.banded.scalar.core;

import org.conelab.api.solver.SpectrumBounds;

/**
 * Extreme eigenvalues of a symmetric tri-diagonal matrix T (diagonal a, off-diagonal b) by
 * bisection on the Sturm count: the number of eigenvalues below x equals the number of
 * negative pivots q_i of the LDLᵀ factorisation of T − x·I,
 *
 * <pre>
 *   q_0 = a_0 − x,   q_i = (a_i − x) − b_{i−1}² / q_{i−1}
 * </pre>
 *
 * (Sylvester's law of inertia), O(n) per count. A pivot that rounds to zero is replaced by
 * −pivmin (LAPACK {@code dstebz}). Both extremes are bracketed from the Gershgorin interval and
 * bisected together, their two counts interleaved in one pass over the matrix; each bracket
 * is halved until it is at most 2ε·‖T‖ wide, about 53 passes.
 *
 * <p><b>Tolerance.</b> The computed count is the exact count of a matrix within a few ulps of
 * T entrywise (Kahan; Demmel, Applied Numerical Linear Algebra, §5.3.4), so each returned
 * extreme lies within half its final bracket plus {@value #BACKWARD_ULPS}·ε·‖T‖ of the exact
 * one, ‖T‖ the Gershgorin bound; that sum is {@link SpectrumBounds#tolerance()}.
 */
public final class SturmBisection {

    /** The backward error of the Sturm count in units of ε·‖T‖. */
    static final double BACKWARD_ULPS = 4.0;
    /** Brackets are bisected until at most this many ε·‖T‖ wide. */
    static final double BRACKET_ULPS = 2.0;

    private static final double EPSILON = Math.ulp(1.0);
    private static final int MAX_PASSES = 200;

    private final double[] diagonal;
    private final double[] offSquared;
    private final double pivmin;

    /**
     * @param diagonal a_0 … a_{n−1}, not modified
     * @param offDiagonal b_0 … b_{n−2}, not modified
     */
    public SturmBisection(double[] diagonal, double[] offDiagonal) {
        this.diagonal = diagonal;
        this.offSquared = new double[offDiagonal.length];
        double largest = 1.0;
        for (int i = 0; i < offDiagonal.length; i++) {
            offSquared[i] = offDiagonal[i] * offDiagonal[i];
            largest = Math.max(largest, offSquared[i]);
        }
        this.pivmin = Double.MIN_NORMAL * largest;
    }

    /** @return the number of eigenvalues of T below x */
    public int countBelow(double x) {
        double q = diagonal[0] - x;
        int count = q < 0 ? 1 : 0;
        for (int i = 1; i < diagonal.length; i++) {
            q = guard(q);
            // q_i = (a_i − x) − b_{i−1}²/q_{i−1}
            q = (diagonal[i] - x) - offSquared[i - 1] / q;
            count += q < 0 ? 1 : 0;
        }
        return count;
    }

    /**
     * @param gershgorin {lower, upper} bounds of the spectrum
     * @return λ_min, λ_max and the tolerance
     */
    public SpectrumBounds extremes(double[] gershgorin) {
        int n = diagonal.length;
        double norm = Math.max(Math.abs(gershgorin[0]), Math.abs(gershgorin[1]));
        double width = Math.max(BRACKET_ULPS * EPSILON * norm, Double.MIN_NORMAL);
        double margin = EPSILON * norm + Double.MIN_NORMAL;
        // λ_min ∈ [minLo, minHi), λ_max ∈ [maxLo, maxHi)
        double minLo = gershgorin[0] - margin;
        double minHi = gershgorin[1] + margin;
        double maxLo = minLo;
        double maxHi = minHi;
        for (int pass = 0; pass < MAX_PASSES && (minHi - minLo > width || maxHi - maxLo > width); pass++) {
            double minMid = 0.5 * (minLo + minHi);
            double maxMid = 0.5 * (maxLo + maxHi);
            double qa = diagonal[0] - minMid;
            double qb = diagonal[0] - maxMid;
            int below = qa < 0 ? 1 : 0;
            int belowMax = qb < 0 ? 1 : 0;
            for (int i = 1; i < n; i++) {
                qa = (diagonal[i] - minMid) - offSquared[i - 1] / guard(qa);
                qb = (diagonal[i] - maxMid) - offSquared[i - 1] / guard(qb);
                below += qa < 0 ? 1 : 0;
                belowMax += qb < 0 ? 1 : 0;
            }
            // count ≥ 1: some eigenvalue lies below the midpoint
            if (below >= 1) {
                minHi = minMid;
            } else {
                minLo = minMid;
            }
            // count = n: every eigenvalue lies below the midpoint
            if (belowMax >= n) {
                maxHi = maxMid;
            } else {
                maxLo = maxMid;
            }
        }
        double halfWidth = 0.5 * Math.max(minHi - minLo, maxHi - maxLo);
        return new SpectrumBounds(0.5 * (minLo + minHi), 0.5 * (maxLo + maxHi),
                halfWidth + BACKWARD_ULPS * EPSILON * norm);
    }

    private double guard(double q) {
        return Math.abs(q) < pivmin ? -pivmin : q;
    }
}
