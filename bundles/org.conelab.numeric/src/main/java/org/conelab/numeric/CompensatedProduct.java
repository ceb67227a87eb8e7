package org.conelab.numeric;

import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;

/**
 * The residual r = b − K·x (or the product K·x) of a {@link SymmetricMatrix} in any of its
 * storage structures, every entry summed in doubled precision by {@link Dot2} over the stored
 * entries of its row and rounded once:
 *
 * <pre>
 *   |r_i − (b − K·x)_i| ≤ u·|(b − K·x)_i| + γ_{m+1}²·μ_i,   μ_i = |b_i| + Σ_j |K_ij·x_j|,
 * </pre>
 *
 * m the longest stored row ({@link #maxRowLength()}), u = 2⁻⁵³. The magnitudes μ_i are returned
 * with the residual, so a caller can state the bound. Where the residual is small against the
 * terms that cancel in it (a nearly solved system, a nearly exact eigenvector) this is what
 * makes it trustworthy; a plain product would leave an error of order ε·μ_i instead.
 */
final class CompensatedProduct {

    /** Σ_j K_ij·x_j over the stored entries of row i, each product scaled by ±1, into an accumulator. */
    private interface Rows {
        void accumulate(int i, double[] x, double sign, Dot2 acc);
    }

    private final int size;
    private final int maxRowLength;
    private final Rows rows;

    private CompensatedProduct(int size, int maxRowLength, Rows rows) {
        this.size = size;
        this.maxRowLength = maxRowLength;
        this.rows = rows;
    }

    /** @return the compensated product of K's own stored entries */
    static CompensatedProduct of(SymmetricMatrix matrix) {
        int n = matrix.size();
        if (matrix instanceof StencilMatrix stencil) {
            return stencil(n, stencil.coefficients(), stencil.halfBandwidth());
        }
        if (matrix instanceof BandedMatrix banded) {
            return banded(n, banded.diagonals(), banded.halfBandwidth());
        }
        if (matrix instanceof SparseMatrix sparse) {
            return sparse(n, sparse.rowStart(), sparse.columns(), sparse.values());
        }
        DenseMatrix dense = (DenseMatrix) matrix;
        double[] values = dense.values();
        return new CompensatedProduct(n, n, (i, x, sign, acc) -> {
            int row = i * n;
            for (int j = 0; j < n; j++) {
                acc.add(sign * values[row + j], x[j]);
            }
        });
    }

    private static CompensatedProduct stencil(int n, double[] c, int r) {
        return new CompensatedProduct(n, 2 * r + 1, (i, x, sign, acc) -> {
            int last = Math.min(n - 1, i + r);
            for (int j = Math.max(0, i - r); j <= last; j++) {
                // K_ij = c_|i−j|
                acc.add(sign * c[Math.abs(i - j)], x[j]);
            }
        });
    }

    private static CompensatedProduct banded(int n, double[][] d, int r) {
        return new CompensatedProduct(n, 2 * r + 1, (i, x, sign, acc) -> {
            int last = Math.min(n - 1, i + r);
            for (int j = Math.max(0, i - r); j <= last; j++) {
                // K_ij = d_|i−j|[min(i, j)]
                acc.add(sign * d[Math.abs(i - j)][Math.min(i, j)], x[j]);
            }
        });
    }

    private static CompensatedProduct sparse(int n, int[] rowStart, int[] columns, double[] values) {
        int longest = 0;
        for (int i = 0; i < n; i++) {
            longest = Math.max(longest, rowStart[i + 1] - rowStart[i]);
        }
        return new CompensatedProduct(n, longest, (i, x, sign, acc) -> {
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                acc.add(sign * values[p], x[columns[p]]);
            }
        });
    }

    /** @return n */
    int size() {
        return size;
    }

    /** @return m, the most stored entries in one row */
    int maxRowLength() {
        return maxRowLength;
    }

    /** @return γ_{m+1}², the second-order constant of the bound on each residual entry */
    double gammaSquared() {
        return Dot2.gammaSquared(maxRowLength + 1.0);
    }

    /**
     * r ← b − K·x, or r ← K·x when b is null, with the magnitudes μ.
     *
     * @param b the right-hand side, length n, or null
     * @param x the vector, length n, not modified
     * @param r the result, length n, overwritten
     * @param magnitude μ_i = |b_i| + Σ_j |K_ij·x_j|, length n, overwritten
     */
    void residual(double[] b, double[] x, double[] r, double[] magnitude) {
        Dot2 acc = new Dot2();
        double sign = b == null ? 1.0 : -1.0;
        for (int i = 0; i < size; i++) {
            acc.reset();
            if (b != null) {
                acc.add(b[i], 1.0);
            }
            // r_i = b_i − Σ_j K_ij·x_j, or Σ_j K_ij·x_j
            rows.accumulate(i, x, sign, acc);
            r[i] = acc.value();
            magnitude[i] = acc.magnitude();
        }
    }
}
