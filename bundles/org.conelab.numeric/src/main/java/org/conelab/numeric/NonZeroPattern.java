package org.conelab.numeric;

import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;

/**
 * The stored non-zero entries of a symmetric matrix, row by row, whatever its storage: the
 * sparsity pattern as the matrix holds it, not as a kernel declares it. An entry of 1e-300 is
 * non-zero here; an entry stored as 0.0 is not. Rows are walked in place, without copying the
 * matrix (a stencil of order 10⁷ costs nothing).
 */
public final class NonZeroPattern {

    /** Receives one stored non-zero entry A(row, column) = value. */
    @FunctionalInterface
    public interface EntryVisitor {
        /**
         * @param column the column j
         * @param value A(row, j) ≠ 0
         */
        void entry(int column, double value);
    }

    private NonZeroPattern() {
    }

    /**
     * Calls {@code visitor} for every j with A(row, j) ≠ 0, diagonal included, in ascending j.
     *
     * @param matrix A
     * @param row i, 0 ≤ i &lt; n
     * @param visitor receives (j, A(i, j))
     */
    public static void forEachInRow(SymmetricMatrix matrix, int row, EntryVisitor visitor) {
        if (matrix instanceof StencilMatrix stencil) {
            stencilRow(stencil, row, visitor);
        } else if (matrix instanceof BandedMatrix banded) {
            bandedRow(banded, row, visitor);
        } else if (matrix instanceof SparseMatrix sparse) {
            for (int p = sparse.rowStart()[row]; p < sparse.rowStart()[row + 1]; p++) {
                emit(visitor, sparse.columns()[p], sparse.values()[p]);
            }
        } else {
            DenseMatrix dense = (DenseMatrix) matrix;
            int n = dense.size();
            for (int j = 0; j < n; j++) {
                emit(visitor, j, dense.values()[row * n + j]);
            }
        }
    }

    /** @return the largest number of stored non-zeros in one row, at most n */
    public static int maxRowLength(SymmetricMatrix matrix) {
        if (matrix instanceof StencilMatrix || matrix instanceof BandedMatrix) {
            return Math.min(2 * matrix.halfBandwidth() + 1, matrix.size());
        }
        int longest = 0;
        int[] count = new int[1];
        for (int i = 0; i < matrix.size(); i++) {
            count[0] = 0;
            forEachInRow(matrix, i, (j, v) -> count[0]++);
            longest = Math.max(longest, count[0]);
        }
        return longest;
    }

    private static void stencilRow(StencilMatrix stencil, int row, EntryVisitor visitor) {
        int r = stencil.halfBandwidth();
        int n = stencil.size();
        for (int j = Math.max(0, row - r); j <= Math.min(n - 1, row + r); j++) {
            emit(visitor, j, stencil.coefficient(Math.abs(j - row)));
        }
    }

    private static void bandedRow(BandedMatrix banded, int row, EntryVisitor visitor) {
        int r = banded.halfBandwidth();
        int n = banded.size();
        double[][] diagonals = banded.diagonals();
        for (int j = Math.max(0, row - r); j <= Math.min(n - 1, row + r); j++) {
            emit(visitor, j, diagonals[Math.abs(j - row)][Math.min(row, j)]);
        }
    }

    private static void emit(EntryVisitor visitor, int column, double value) {
        if (value != 0.0) {
            visitor.entry(column, value);
        }
    }
}
