package org.conelab.solver.banded.core;

/**
 * The hot loops of the banded solvers: one weighting pass, the band product over a range of
 * interior rows y = K·z, and one step of evolve v = u − K·(s∘u) with s = η·w.
 *
 * <p>All ranges are in local indices of work arrays that hold a slice of the chain: local
 * index i stands for row (node) g = i + base. The caller guarantees that the rows are
 * interior, R ≤ g &lt; n − R, so every read z[i ± k] (k ≤ R) lies in the slice and every
 * diagonal read d_k[g − k], d_k[g] lies in the band; rows near the ends of the chain are
 * handled by {@link Band#rowProduct}. Implementations must not assume any alignment of
 * {@code from}.
 *
 * <p>The step methods take η·w already multiplied out ({@code sw}, computed once per tile and
 * block), and form the weighted state z_j = sw_j·u_j themselves: in a scratch pass over
 * [from − R, to + R) ({@code z}), or, for R = 1, in registers, three times per row, which
 * saves a store and a load per row where the loop is bound by the cache's bandwidth. Either
 * way z_j is the same rounded product, so the result does not depend on the choice.
 */
public interface Sweeps {

    /** z[i] ← s·w[i + base]·u[i] for i in [from, to). */
    void weigh(double s, double[] w, int base, double[] u, double[] z, int from, int to);

    /**
     * Stencil product y[i] ← c_0·z[i] + Σ_{k=1..r} c_k·(z[i−k] + z[i+k]) for i in [from, to).
     */
    void stencilApply(double[] c, int r, double[] z, double[] y, int from, int to);

    /**
     * Stencil step v[i] ← u[i] − (c_0·z[i] + Σ_{k=1..r} c_k·(z[i−k] + z[i+k])), z_j = sw[j]·u[j],
     * for i in [from, to); u and sw are read on [from − r, to + r), z may be overwritten there.
     */
    void stencilStep(double[] c, int r, double[] sw, double[] u, double[] z, double[] v, int from, int to);

    /**
     * Banded product y[i] ← d_0[g]·z[i] + Σ_{k=1..r} (d_k[g−k]·z[i−k] + d_k[g]·z[i+k]), g = i + base,
     * for i in [from, to).
     */
    void bandedApply(double[][] d, int r, int base, double[] z, double[] y, int from, int to);

    /**
     * Banded step v[i] ← u[i] − (K·z)_i with the banded product above and z_j = sw[j]·u[j], for i
     * in [from, to); u and sw are read on [from − r, to + r), z may be overwritten there.
     */
    void bandedStep(double[][] d, int r, int base, double[] sw, double[] u, double[] z, double[] v, int from,
            int to);
}
