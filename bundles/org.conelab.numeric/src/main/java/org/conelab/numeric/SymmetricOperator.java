package org.conelab.numeric;

import org.conelab.api.matrix.SymmetricMatrix;

/**
 * A symmetric linear map y ← A·x known only through its product, the one thing the Krylov
 * methods of this library need (Hipparchus calls it {@code RealLinearOperator}).
 */
public interface SymmetricOperator {

    /** @return the order n */
    int size();

    /**
     * y ← A·x.
     *
     * @param x the input, length n, not modified
     * @param y the output, length n, overwritten; never the same array as x
     */
    void apply(double[] x, double[] y);

    /**
     * @param matrix a symmetric matrix in any storage structure
     * @return the operator of its own product {@link SymmetricMatrix#apply}: plain loops over the
     *     stored entries only (a CSR row scan for a sparse matrix, R diagonals for a band)
     */
    static SymmetricOperator of(SymmetricMatrix matrix) {
        return new SymmetricOperator() {
            @Override
            public int size() {
                return matrix.size();
            }

            @Override
            public void apply(double[] x, double[] y) {
                matrix.apply(x, y);
            }
        };
    }
}
