package org.conelab.api.matrix;

/**
 * A symmetric matrix stored in full, row-major: A(i, j) = {@code values[i·n + j]}. Only for
 * small n: storage is 8·n² bytes.
 *
 * @param size the order n ≥ 1
 * @param values n² entries, symmetric
 */
public record DenseMatrix(int size, double[] values) implements SymmetricMatrix {

    /** Checks the shape. */
    public DenseMatrix {
        if (size < 1 || values.length != (long) size * size) {
            throw new IllegalArgumentException("dense storage needs n*n values");
        }
    }

    @Override
    public double entry(int i, int j) {
        return values[i * size + j];
    }

    @Override
    public int halfBandwidth() {
        int r = 0;
        for (int i = 0; i < size; i++) {
            for (int j = i + r + 1; j < size; j++) {
                if (values[i * size + j] != 0.0) {
                    r = j - i;
                }
            }
        }
        return r;
    }

    @Override
    public void apply(double[] x, double[] y) {
        for (int i = 0; i < size; i++) {
            double sum = 0.0;
            int row = i * size;
            for (int j = 0; j < size; j++) {
                sum += values[row + j] * x[j];
            }
            y[i] = sum;
        }
    }

    @Override
    public long storageBytes() {
        return 8L * values.length;
    }
}
