package org.conelab.solver.banded.core;

import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;

/**
 * A read-only view of a symmetric band matrix in either supported storage, without copying:
 * a {@link StencilMatrix} (constant coefficients c_k, O(R) storage) or a {@link BandedMatrix}
 * (diagonals d_k[i] = A(i, i + k)).
 *
 * <p>{@link #bandwidth()} is the stored half-bandwidth R = {@link SymmetricMatrix#halfBandwidth()}
 * (at most n − 1): stored zeros count, so an entry is treated as zero only when it lies
 * outside the storage, never because a kernel declares a shorter range.
 */
public final class Band {

    private final int size;
    private final int bandwidth;
    private final double[] coefficients;
    private final double[][] diagonals;

    private Band(int size, int bandwidth, double[] coefficients, double[][] diagonals) {
        this.size = size;
        this.bandwidth = bandwidth;
        this.coefficients = coefficients;
        this.diagonals = diagonals;
    }

    /** @return whether {@link #of} accepts the matrix */
    public static boolean supports(SymmetricMatrix matrix) {
        return matrix instanceof StencilMatrix || matrix instanceof BandedMatrix;
    }

    /**
     * @param matrix a stencil or banded matrix
     * @return its band view
     * @throws IllegalArgumentException for another structure
     */
    public static Band of(SymmetricMatrix matrix) {
        if (matrix instanceof StencilMatrix stencil) {
            return new Band(stencil.size(), stencil.halfBandwidth(), stencil.coefficients(), null);
        }
        if (matrix instanceof BandedMatrix banded) {
            return new Band(banded.size(), banded.halfBandwidth(), null, banded.diagonals());
        }
        throw new IllegalArgumentException("the banded solvers handle stencil and banded matrices, got "
                + (matrix == null ? "null" : matrix.getClass().getSimpleName()));
    }

    /** @return n */
    public int size() {
        return size;
    }

    /** @return the stored half-bandwidth R ≤ n − 1 */
    public int bandwidth() {
        return bandwidth;
    }

    /** @return whether the coefficients are constant along each diagonal */
    public boolean isStencil() {
        return coefficients != null;
    }

    /** @return c_0 … c_R of a stencil (not a copy: do not modify), or null */
    double[] coefficients() {
        return coefficients;
    }

    /** @return the diagonals of a banded matrix (not a copy: do not modify), or null */
    double[][] diagonals() {
        return diagonals;
    }

    /**
     * @param i the row, 0 ≤ i &lt; n − k
     * @param k the diagonal, 0 ≤ k ≤ R
     * @return A(i, i + k) = A(i + k, i)
     */
    public double upper(int i, int k) {
        return coefficients != null ? coefficients[k] : diagonals[k][i];
    }

    /**
     * (A·z)_g for one row g, reading only the stored band and z at columns 0 … n − 1, with
     * {@code z[j − base]} the value at column j. Used for the rows within R of either end of the
     * chain, where the SIMD loops would read outside the band.
     */
    double rowProduct(int g, double[] z, int base) {
        int r = bandwidth;
        double sum = upper(g, 0) * z[g - base];
        int left = Math.min(r, g);
        for (int k = 1; k <= left; k++) {
            // (Az)_g += A(g, g−k)·z_{g−k}
            sum += upper(g - k, k) * z[g - k - base];
        }
        int right = Math.min(r, size - 1 - g);
        for (int k = 1; k <= right; k++) {
            // (Az)_g += A(g, g+k)·z_{g+k}
            sum += upper(g, k) * z[g + k - base];
        }
        return sum;
    }

    /**
     * y[g − base] ← (K·z)_g for the rows g in [from, to), with z[j − base] the value at column j.
     * The interior rows go through {@code sweeps}, the rows within R of either end of the chain
     * through {@link #rowProduct}.
     */
    void apply(Sweeps sweeps, int base, double[] z, double[] y, int from, int to) {
        int r = bandwidth;
        int interiorFrom = Math.max(from, r);
        int interiorTo = Math.min(to, size - r);
        if (interiorFrom < interiorTo) {
            if (coefficients != null) {
                sweeps.stencilApply(coefficients, r, z, y, interiorFrom - base, interiorTo - base);
            } else {
                sweeps.bandedApply(diagonals, r, base, z, y, interiorFrom - base, interiorTo - base);
            }
        }
        for (int g = from; g < Math.min(to, r); g++) {
            y[g - base] = rowProduct(g, z, base);
        }
        for (int g = Math.max(from, Math.max(r, size - r)); g < to; g++) {
            y[g - base] = rowProduct(g, z, base);
        }
    }

    /**
     * One step of evolve, v[g − base] ← u[g − base] − (K·z)_g with z_j = sw[j − base]·u[j − base]
     * (sw = η·w), for the rows g in [from, to). The caller guarantees u and sw on the columns
     * [from − R, to + R) clamped to the chain; z is scratch of the same length. The interior rows
     * go through {@code sweeps}, the rows within R of either end of the chain through
     * {@link #rowProduct}, with z formed on the columns they read.
     */
    void step(Sweeps sweeps, int base, double[] sw, double[] u, double[] z, double[] v, int from, int to) {
        int r = bandwidth;
        int interiorFrom = Math.max(from, r);
        int interiorTo = Math.min(to, size - r);
        if (interiorFrom < interiorTo) {
            int lo = interiorFrom - base;
            int hi = interiorTo - base;
            if (coefficients != null) {
                sweeps.stencilStep(coefficients, r, sw, u, z, v, lo, hi);
            } else {
                sweeps.bandedStep(diagonals, r, base, sw, u, z, v, lo, hi);
            }
        }
        int leftEnd = Math.min(to, r);
        if (from < leftEnd) {
            edgeSteps(base, sw, u, z, v, from, leftEnd);
        }
        int rightStart = Math.max(from, Math.max(r, size - r));
        if (rightStart < to) {
            edgeSteps(base, sw, u, z, v, rightStart, to);
        }
    }

    private void edgeSteps(int base, double[] sw, double[] u, double[] z, double[] v, int from, int to) {
        int lo = Math.max(0, from - bandwidth);
        int hi = (int) Math.min(size, (long) to + bandwidth);
        for (int j = lo; j < hi; j++) {
            // z_j = (η·w_j)·u_j on the columns these rows read
            z[j - base] = sw[j - base] * u[j - base];
        }
        for (int g = from; g < to; g++) {
            // v_g = u_g − (Kz)_g
            v[g - base] = u[g - base] - rowProduct(g, z, base);
        }
    }
}
