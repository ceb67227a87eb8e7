package org.conelab.solver.banded.core;

import org.conelab.api.solver.SpectrumBounds;

/**
 * Bisection for the extreme eigenvalues of a symmetric S on its definiteness tests
 * ({@link Inertia}): λ_min &gt; x exactly when S − x·I is positive definite, λ_max &lt; x exactly
 * when x·I − S is. Both brackets start from the Gershgorin interval, widened by ε·‖S‖, and are
 * halved together (one shared pass per halving where the tests allow) until
 *
 * <ul>
 *   <li>the λ_max bracket is at most {@value #BRACKET_ULPS}·ε·‖S‖ wide (about 53 halvings), and
 *   <li>the λ_min bracket is at most {@value #BRACKET_ULPS}·ε·λ_min wide when S is positive
 *       definite (tested at x = 0 first): relative width, so a λ_min far below ε·‖S‖ (graded
 *       weights) is resolved too, in about log₂(‖S‖/λ_min) + 53 halvings; otherwise
 *       {@value #BRACKET_ULPS}·ε·‖S‖ wide.
 * </ul>
 *
 * At most {@value #MAX_HALVINGS} halvings per end. {@link Brackets#bounds} turns the brackets
 * into honest tolerances with the tests' backward errors.
 */
final class ExtremeBisection {

    /** Brackets are bisected until at most this many ε·‖S‖ (or ε·λ_min) wide. */
    static final double BRACKET_ULPS = 2.0;
    /** The most halvings per bracket. */
    static final int MAX_HALVINGS = 400;

    private static final double EPSILON = Math.ulp(1.0);

    /**
     * The final brackets: λ_min ∈ (minLo, minHi] and λ_max ∈ [maxLo, maxHi) for the matrices the
     * tests were exact for.
     *
     * @param minLo where S − x·I tested positive definite
     * @param minHi where it did not
     * @param maxLo where x·I − S did not test positive definite
     * @param maxHi where it did
     */
    record Brackets(double minLo, double minHi, double maxLo, double maxHi) {

        /**
         * @param absolute the absolute backward error of a test
         * @param relative η, the relative backward error of a test allAbove(x ≥ 0) on λ_min
         *     (+∞ when unknown), 0 ≤ η &lt; 1 otherwise
         * @return the midpoints with tolerances: half the bracket plus the backward error,
         *     the smaller of the absolute and (for λ_min ≥ 0 brackets) the relative statement
         */
        SpectrumBounds bounds(double absolute, double relative) {
            double minHalf = 0.5 * (minHi - minLo);
            double minTolerance = minHalf + absolute;
            if (minLo >= 0 && relative < 1) {
                // λ_min ∈ [minLo·(1 − η), minHi/(1 − η)]
                minTolerance = Math.min(minTolerance, minHalf + relative * minHi / (1 - relative));
            }
            double maxTolerance = 0.5 * (maxHi - maxLo) + absolute;
            return new SpectrumBounds(0.5 * (minLo + minHi), 0.5 * (maxLo + maxHi),
                    minTolerance * (1 + 4 * EPSILON), maxTolerance * (1 + 4 * EPSILON));
        }
    }

    private ExtremeBisection() {
    }

    /**
     * @param s the tests of S
     * @param gershgorin {lower, upper} bounds of the spectrum
     * @return the brackets of both extremes
     */
    static Brackets extremes(Inertia s, double[] gershgorin) {
        double norm = norm(gershgorin);
        double absoluteWidth = Math.max(BRACKET_ULPS * EPSILON * norm, Double.MIN_NORMAL);
        double margin = EPSILON * norm + Double.MIN_NORMAL;
        double minLo = gershgorin[0] - margin;
        double minHi = gershgorin[1] + margin;
        double maxLo = minLo;
        double maxHi = minHi;
        // S positive definite (by Gershgorin, or tested at 0): bisect λ_min to relative width
        boolean relative = minLo >= 0;
        if (!relative && 0 < minHi && s.allAbove(0.0)) {
            minLo = 0.0;
            relative = true;
        }
        for (int halving = 0; halving < MAX_HALVINGS; halving++) {
            boolean minOpen = minHi - minLo > (relative ? BRACKET_ULPS * EPSILON * minHi : absoluteWidth);
            boolean maxOpen = maxHi - maxLo > absoluteWidth;
            if (!minOpen && !maxOpen) {
                break;
            }
            double minMid = 0.5 * (minLo + minHi);
            double maxMid = 0.5 * (maxLo + maxHi);
            int tests = minOpen && maxOpen ? s.both(minMid, maxMid)
                    : minOpen ? (s.allAbove(minMid) ? 1 : 0) : (s.allBelow(maxMid) ? 2 : 0);
            if (minOpen) {
                if ((tests & 1) != 0) {
                    minLo = minMid;
                } else {
                    minHi = minMid;
                }
            }
            if (maxOpen) {
                if ((tests & 2) != 0) {
                    maxHi = maxMid;
                } else {
                    maxLo = maxMid;
                }
            }
        }
        return new Brackets(minLo, minHi, maxLo, maxHi);
    }

    /**
     * A coarse lower bound on λ_min, for the condition of the relative backward error.
     *
     * @param s the tests of S
     * @param gershgorin {lower, upper} bounds of the spectrum
     * @param relativeWidth the bracket width at which to stop, relative to its upper end
     * @return x &gt; 0 with λ_min(S̃) &gt; x for the matrix the last test was exact for, or 0 when
     *     S does not test positive definite
     */
    static double lowerBoundOfSmallest(Inertia s, double[] gershgorin, double relativeWidth) {
        double hi = gershgorin[1] + EPSILON * norm(gershgorin) + Double.MIN_NORMAL;
        if (!(hi > 0) || !s.allAbove(0.0)) {
            return 0.0;
        }
        double lo = 0.0;
        for (int halving = 0; halving < MAX_HALVINGS && hi - lo > relativeWidth * hi; halving++) {
            double mid = 0.5 * (lo + hi);
            if (s.allAbove(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double norm(double[] gershgorin) {
        return Math.max(Math.abs(gershgorin[0]), Math.abs(gershgorin[1]));
    }
}
