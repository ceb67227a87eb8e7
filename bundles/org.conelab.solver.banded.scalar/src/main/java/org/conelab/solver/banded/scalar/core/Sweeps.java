package org.conelab.solver.banded.scalar.core;

/**
 * The hot loops of the banded solvers: one weighting pass and the band product over a range of
 * interior rows, as a plain product y = K·z or as a step v = u − K·z.
 *
 * <p>All ranges are in local indices of work arrays that hold a slice of the chain: local
 * index i stands for row (node) g = i + base. The caller guarantees that the rows are
 * interior, R ≤ g &lt; n − R, so every read z[i ± k] (k ≤ R) lies in the slice and every
 * diagonal read d_k[g − k], d_k[g] lies in the band; rows near the ends of the chain are
 * handled by {@link Band#rowProduct}. Implementations must not assume any alignment of
 * {@code from}. η is folded into z by the caller ({@link #weigh}), so a step costs no extra
 * multiplication.
 */
public interface Sweeps {

    /** z[i] ← s·w[i + base]·u[i] for i in [from, to). */
    void weigh(double s, double[] w, int base, double[] u, double[] z, int from, int to);

    /**
     * Stencil product y[i] ← c_0·z[i] + Σ_{k=1..r} c_k·(z[i−k] + z[i+k]) for i in [from, to).
     */
    void stencilApply(double[] c, int r, double[] z, double[] y, int from, int to);

    /** Stencil step v[i] ← u[i] − (c_0·z[i] + Σ_{k=1..r} c_k·(z[i−k] + z[i+k])) for i in [from, to). */
    void stencilStep(double[] c, int r, double[] z, double[] u, double[] v, int from, int to);

    /**
     * Banded product y[i] ← d_0[g]·z[i] + Σ_{k=1..r} (d_k[g−k]·z[i−k] + d_k[g]·z[i+k]), g = i + base,
     * for i in [from, to).
     */
    void bandedApply(double[][] d, int r, int base, double[] z, double[] y, int from, int to);

    /** Banded step v[i] ← u[i] − (K·z)_i with the banded product above, for i in [from, to). */
    void bandedStep(double[][] d, int r, int base, double[] z, double[] u, double[] v, int from, int to);
}
