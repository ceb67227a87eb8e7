package org.conelab.api.matrix;

/**
 * A symmetric sparse matrix in compressed sparse row form with both triangles stored: row i
 * holds {@code columns[rowStart[i] … rowStart[i+1]−1]} with the matching {@code values}.
 *
 * @param size the order n ≥ 1
 * @param rowStart n + 1 offsets into columns and values, non-decreasing, from 0
 * @param columns the column of each stored entry, ascending within a row
 * @param values the stored entries
 */
public record SparseMatrix(int size, int[] rowStart, int[] columns, double[] values) implements SymmetricMatrix {

    /** Checks the shape. */
    public SparseMatrix {
        if (size < 1 || rowStart.length != size + 1 || columns.length != values.length
                || rowStart[size] != values.length) {
            throw new IllegalArgumentException("malformed CSR storage");
        }
    }

    @Override
    public double entry(int i, int j) {
        for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
            if (columns[p] == j) {
                return values[p];
            }
        }
        return 0.0;
    }

    @Override
    public int halfBandwidth() {
        int r = 0;
        for (int i = 0; i < size; i++) {
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                if (values[p] != 0.0) {
                    r = Math.max(r, Math.abs(columns[p] - i));
                }
            }
        }
        return r;
    }

    @Override
    public void apply(double[] x, double[] y) {
        for (int i = 0; i < size; i++) {
            double sum = 0.0;
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                sum += values[p] * x[columns[p]];
            }
            y[i] = sum;
        }
    }

    @Override
    public long storageBytes() {
        return 12L * values.length + 4L * rowStart.length;
    }
}
