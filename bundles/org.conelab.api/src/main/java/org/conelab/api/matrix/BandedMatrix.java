package org.conelab.api.matrix;

/**
 * A symmetric band matrix stored by diagonals: {@code diagonals[k][i] = A(i, i + k)} for
 * k = 0 … R and i = 0 … n−1−k. Storage is (R + 1)·n doubles.
 *
 * @param size the order n ≥ 1
 * @param diagonals the main diagonal (length n) and the R upper diagonals (length n − k)
 */
public record BandedMatrix(int size, double[][] diagonals) implements SymmetricMatrix {

    /** Checks the shape of every diagonal. */
    public BandedMatrix {
        if (size < 1 || diagonals.length < 1) {
            throw new IllegalArgumentException("banded matrix needs n >= 1 and a main diagonal");
        }
        for (int k = 0; k < diagonals.length; k++) {
            int expected = Math.max(size - k, 0);
            if (diagonals[k].length != expected) {
                throw new IllegalArgumentException(
                        "diagonal " + k + " has length " + diagonals[k].length + ", expected " + expected);
            }
        }
    }

    @Override
    public double entry(int i, int j) {
        int k = Math.abs(i - j);
        return k < diagonals.length ? diagonals[k][Math.min(i, j)] : 0.0;
    }

    @Override
    public int halfBandwidth() {
        return Math.min(diagonals.length - 1, size - 1);
    }

    @Override
    public void apply(double[] x, double[] y) {
        int r = halfBandwidth();
        for (int i = 0; i < size; i++) {
            double sum = diagonals[0][i] * x[i];
            for (int k = 1; k <= r; k++) {
                if (i - k >= 0) {
                    sum += diagonals[k][i - k] * x[i - k];
                }
                if (i + k < size) {
                    sum += diagonals[k][i] * x[i + k];
                }
            }
            y[i] = sum;
        }
    }

    @Override
    public long storageBytes() {
        long total = 0;
        for (double[] diagonal : diagonals) {
            total += 8L * diagonal.length;
        }
        return total;
    }
}
