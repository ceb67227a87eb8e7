package org.conelab.kernel.graph;

import java.util.Arrays;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.numeric.CsrBuilder;

/**
 * Products of sparse matrices in CSR form by Gustavson's row-by-row algorithm (Gustavson,
 * "Two fast algorithms for sparse matrices", ACM TOMS 4, 1978): row i of A·B is the sum of the
 * rows l of B weighted by A(i, l), gathered in a dense accumulator. A symbolic pass counts the
 * entries of each row first ({@link CsrBuilder}), so the result is allocated once at its exact
 * size. The cost is
 * Σ_i Σ_{l ∈ row i of A} |row l of B|; for powers of a graph's lazy walk matrix, row i of
 * M^k is the k-hop neighbourhood of i.
 */
final class SparseProducts {

    private SparseProducts() {
    }

    /**
     * @param a an n×n CSR matrix
     * @param b an n×n CSR matrix
     * @param byteLimit the most bytes the result may take
     * @return A·B with ascending columns; entries that cancel to 0 are kept (structural)
     * @throws CsrBuilder.StorageLimitException when the result would exceed {@code byteLimit}
     */
    static SparseMatrix multiply(SparseMatrix a, SparseMatrix b, long byteLimit) {
        int n = a.size();
        int[] aStart = a.rowStart();
        int[] aColumns = a.columns();
        double[] aValues = a.values();
        int[] bStart = b.rowStart();
        int[] bColumns = b.columns();
        double[] bValues = b.values();
        int[] mark = new int[n];
        Arrays.fill(mark, -1);
        CsrBuilder csr = new CsrBuilder(n, byteLimit);
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int p = aStart[i]; p < aStart[i + 1]; p++) {
                int l = aColumns[p];
                for (int q = bStart[l]; q < bStart[l + 1]; q++) {
                    int j = bColumns[q];
                    if (mark[j] != i) {
                        mark[j] = i;
                        count++;
                    }
                }
            }
            csr.countRow(count);
        }
        csr.allocate();
        int[] columns = csr.columns();
        double[] values = csr.values();
        double[] accumulator = new double[n];
        Arrays.fill(mark, -1);
        for (int i = 0; i < n; i++) {
            int start = csr.rowStart(i);
            int count = 0;
            for (int p = aStart[i]; p < aStart[i + 1]; p++) {
                int l = aColumns[p];
                double ail = aValues[p];
                for (int q = bStart[l]; q < bStart[l + 1]; q++) {
                    int j = bColumns[q];
                    if (mark[j] != i) {
                        mark[j] = i;
                        accumulator[j] = 0.0;
                        columns[start + count++] = j;
                    }
                    // (AB)_ij += A_il·B_lj
                    accumulator[j] += ail * bValues[q];
                }
            }
            Arrays.sort(columns, start, start + count);
            for (int p = start; p < start + count; p++) {
                values[p] = accumulator[columns[p]];
            }
        }
        return new SparseMatrix(n, csr.rowStarts(), columns, values);
    }

    /**
     * Replaces each pair A(i, j), A(j, i) by their mean, in place, so that the stored matrix is
     * exactly symmetric (products of symmetric matrices are symmetric only up to rounding).
     *
     * @param a a CSR matrix with a symmetric pattern and ascending columns; modified
     * @return {@code a}
     */
    static SparseMatrix symmetrize(SparseMatrix a) {
        int[] rowStart = a.rowStart();
        int[] columns = a.columns();
        double[] values = a.values();
        for (int i = 0; i < a.size(); i++) {
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                int j = columns[p];
                if (j <= i) {
                    continue;
                }
                int q = Arrays.binarySearch(columns, rowStart[j], rowStart[j + 1], i);
                if (q < 0) {
                    throw new IllegalStateException("pattern not symmetric at (" + i + ", " + j + ")");
                }
                // A_ij = A_ji ← (A_ij + A_ji)/2
                double mean = 0.5 * (values[p] + values[q]);
                values[p] = mean;
                values[q] = mean;
            }
        }
        return a;
    }

    /** Multiplies every stored value by {@code factor}, in place. */
    static SparseMatrix scale(SparseMatrix a, double factor) {
        double[] values = a.values();
        for (int p = 0; p < values.length; p++) {
            values[p] *= factor;
        }
        return a;
    }
}
