package org.conelab.analyzer.propagator.field;

/**
 * The free-space Green's function of (−λΔ + m²)G = δ in d = 1, 2, 3 dimensions, written with
 * the correlation length ℓ = √(λ/m²) as G(r) = a_d(λ, ℓ)·f_d(r/ℓ):
 *
 * <pre>
 *   d = 1:  G(x) = ℓ/(2λ)·exp(−|x|/ℓ)          a = ℓ/(2λ),      f(u) = exp(−u)
 *   d = 2:  G(r) = K₀(r/ℓ)/(2πλ)                 a = 1/(2πλ),     f(u) = K₀(u)
 *   d = 3:  G(r) = exp(−r/ℓ)/(4πλr)              a = 1/(4πλℓ),    f(u) = exp(−u)/u
 * </pre>
 *
 * (the d-dimensional Yukawa form G = (2π)^{−d/2}·λ^{−1}·(ℓ r)^{1−d/2}·K_{d/2−1}(r/ℓ); e.g.
 * Zinn-Justin, <i>Quantum Field Theory and Critical Phenomena</i>, §2.3). With the paper's mass
 * m² = 1/(2y₀²) (eq. 4), ℓ = √(2λ)·y₀, and the d = 1 line is eq. (6), which {@link #eq6} writes
 * out literally. Only eq. (6) is in the paper; the others are its d-dimensional analogues, the
 * references the 2-D and 3-D lattices are measured against.
 */
public final class FreePropagator {

    private FreePropagator() {
    }

    /**
     * The paper's eq. (6), as printed: G(x) = y₀/√(2λ)·exp(−|x|/(√(2λ)·y₀)).
     *
     * @param x the position
     * @param lambda λ &gt; 0
     * @param y0 the constant target y₀ &gt; 0
     * @return G(x)
     */
    public static double eq6(double x, double lambda, double y0) {
        double root = Math.sqrt(2 * lambda);
        return y0 / root * Math.exp(-Math.abs(x) / (root * y0));
    }

    /** @return ℓ = √(2λ)·y₀, the correlation length of eq. (6) */
    public static double length(double lambda, double y0) {
        return Math.sqrt(2 * lambda) * y0;
    }

    /** @return m² = 1/(2y₀²), eq. (4) */
    public static double massSquared(double y0) {
        return 1 / (2 * y0 * y0);
    }

    /**
     * @param dimension d
     * @param u r/ℓ ≥ 0 (&gt; 0 for d ≥ 2)
     * @return the shape f_d(u)
     */
    public static double shape(int dimension, double u) {
        return switch (dimension) {
            case 1 -> Math.exp(-u);
            case 2 -> BesselK0.k0(u);
            case 3 -> Math.exp(-u) / u;
            default -> throw new IllegalArgumentException("dimension " + dimension);
        };
    }

    /** @return the amplitude a_d(λ, ℓ) with G(r) = a_d·f_d(r/ℓ) */
    public static double amplitude(int dimension, double lambda, double length) {
        return switch (dimension) {
            case 1 -> length / (2 * lambda);
            case 2 -> 1 / (2 * Math.PI * lambda);
            case 3 -> 1 / (4 * Math.PI * lambda * length);
            default -> throw new IllegalArgumentException("dimension " + dimension);
        };
    }

    /** @return G(r) in d dimensions for λ and ℓ = √(λ/m²) */
    public static double value(int dimension, double r, double lambda, double length) {
        return amplitude(dimension, lambda, length) * shape(dimension, r / length);
    }
}
