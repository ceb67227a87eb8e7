package org.conelab.analyzer.propagator;

/** The tolerances the verdicts use, in one place; each finding states the one it was judged with. */
final class Tolerances {

    /** The largest relative error of the lattice propagator at the finest spacing, against its closed form. */
    static final double PROFILE_ERROR = 1e-2;
    /** The order a second-order discretisation should show. */
    static final double ORDER = 2;
    /** How far the observed order may be from {@link #ORDER}. */
    static final double ORDER_BAND = 0.25;
    /** The relative error allowed of a fitted correlation length. */
    static final double LENGTH = 1e-2;
    /** The relative error allowed of a mass m² = λ/ℓ² (twice {@link #LENGTH}, as m² ∝ ℓ⁻²). */
    static final double MASS = 2e-2;
    /** How far a fitted exponent may be from the claimed 1 of eq. (7). */
    static final double EXPONENT = 0.1;
    /** How far the slope of ln ℓ against ln y₀ (ln λ) may be from 1 (½). */
    static final double LENGTH_SLOPE = 0.05;
    /** The relative deviation of 2λ·(G(0) − G(x))/|x| from 1 allowed in the massless limit. */
    static final double MASSLESS = 1e-3;
    /** The relative deviation of the minimiser's response from the Gaussian theory at the smallest ε. */
    static final double LINEAR_RESPONSE = 1e-3;
    /** The largest |∂S_h/∂φ_i| by finite differences at a minimiser. */
    static final double GRADIENT = 1e-10;

    private Tolerances() {
    }
}
