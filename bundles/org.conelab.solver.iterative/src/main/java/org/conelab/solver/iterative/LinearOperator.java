package org.conelab.solver.iterative;

import org.conelab.api.matrix.SymmetricMatrix;

/**
 * A symmetric linear map y ← A·x known only through its product, the one thing the
 * algorithms of this bundle need (Hipparchus calls it {@code RealLinearOperator}).
 */
interface LinearOperator {

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
    static LinearOperator of(SymmetricMatrix matrix) {
        return new LinearOperator() {
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
