package org.conelab.solver.banded.core;

/**
 * The definiteness tests that bisection for the extreme eigenvalues of a symmetric S needs, with
 * the backward error of each test: a test at x that the floating-point computation decides is
 * decided exactly for a matrix S̃ with ‖S̃ − S‖₂ ≤ {@link #absoluteBackward}, and — because the
 * tests act on S = W^½·K·W^½ only through congruences — a test {@link #allAbove}(x) at x ≥ 0 is
 * decided exactly for S̃ = W^½·(K + ΔK)·W^½ with ‖ΔK‖₂ ≤ {@link #relativeBackwardUlps}·ε·‖|K|‖₂
 * as well, which moves every eigenvalue of S by a factor within 1 ± ‖K⁻¹‖·‖ΔK‖ (Ostrowski;
 * Demmel &amp; Veselić 1992): the smallest eigenvalue to relative accuracy however graded W is.
 */
interface Inertia {

    /** @return whether every eigenvalue exceeds x: S − x·I is positive definite */
    boolean allAbove(double x);

    /** @return whether every eigenvalue is below x: x·I − S is positive definite */
    boolean allBelow(double x);

    /**
     * Both tests, for implementations that share one pass over the matrix.
     *
     * @return bit 0: {@code allAbove(low)}, bit 1: {@code allBelow(high)}
     */
    default int both(double low, double high) {
        return (allAbove(low) ? 1 : 0) | (allBelow(high) ? 2 : 0);
    }

    /**
     * @param norm a bound on ‖S‖₂ (the Gershgorin bound)
     * @return the absolute backward error of a test, ≥ ‖S̃ − S‖₂
     */
    double absoluteBackward(double norm);

    /** @return c with ‖ΔK‖₂ ≤ c·ε·‖|K|‖₂ for the congruent perturbation of a test allAbove(x ≥ 0) (ε = 2⁻⁵²) */
    double relativeBackwardUlps();
}
