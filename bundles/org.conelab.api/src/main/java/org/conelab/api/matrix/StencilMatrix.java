package org.conelab.api.matrix;

/**
 * A symmetric Toeplitz band matrix given by its constant coefficients:
 * A(i, j) = c[|i − j|] when |i − j| &lt; c.length, and 0 otherwise. Storage is O(R), so a
 * chain of 10⁷ nodes costs nothing to store.
 *
 * @param size the order n ≥ 1
 * @param coefficients c[0] on the diagonal, c[k] on the k-th off-diagonals; length ≥ 1
 */
public record StencilMatrix(int size, double[] coefficients) implements SymmetricMatrix {

    /** Checks the shape. */
    public StencilMatrix {
        if (size < 1 || coefficients.length < 1) {
            throw new IllegalArgumentException("stencil needs n >= 1 and at least one coefficient");
        }
        coefficients = coefficients.clone();
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** @return c[k], or 0 beyond the stencil */
    public double coefficient(int k) {
        return k < coefficients.length ? coefficients[k] : 0.0;
    }

    @Override
    public double entry(int i, int j) {
        return coefficient(Math.abs(i - j));
    }

    @Override
    public int halfBandwidth() {
        return Math.min(coefficients.length - 1, size - 1);
    }

    @Override
    public void apply(double[] x, double[] y) {
        int r = halfBandwidth();
        for (int i = 0; i < size; i++) {
            double sum = coefficients[0] * x[i];
            for (int k = 1; k <= r; k++) {
                if (i - k >= 0) {
                    sum += coefficients[k] * x[i - k];
                }
                if (i + k < size) {
                    sum += coefficients[k] * x[i + k];
                }
            }
            y[i] = sum;
        }
    }

    @Override
    public long storageBytes() {
        return 8L * coefficients.length;
    }
}
