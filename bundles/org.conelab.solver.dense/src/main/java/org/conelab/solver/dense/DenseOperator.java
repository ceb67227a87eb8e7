package org.conelab.solver.dense;

import org.conelab.api.solver.LinearDynamics;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.mult.MatrixVectorMult_DDRM;

/**
 * The step matrix B = I − η·K·W of the linearised dynamics, stored densely, so that one step
 * e ← B·e is one dense matrix-vector product.
 *
 * <p>B(i, j) = δ_ij − η·K(i, j)·w_j. Where K(i, j) = 0, B(i, j) is exactly 0, and a product
 * with an exact zero contributes an exact zero: powers of B keep the exact sparsity pattern of
 * (KW)^t, which is what makes the light cone of a range-R kernel exact in floating point.
 */
final class DenseOperator {

    private final int size;
    private final DMatrixRMaj step;

    private DenseOperator(DMatrixRMaj step) {
        this.size = step.numRows;
        this.step = step;
    }

    /**
     * @param dynamics K, w and η; K in any structure
     * @return the dense step matrix B = I − η·K·W (one n×n array)
     */
    static DenseOperator of(LinearDynamics dynamics) {
        DMatrixRMaj b = DenseMatrices.copyOf(dynamics.kernel());
        double[] w = dynamics.weights();
        double eta = dynamics.eta();
        int n = dynamics.size();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // B_ij = δ_ij − η K_ij w_j
                double kw = b.unsafe_get(i, j) * w[j];
                b.unsafe_set(i, j, (i == j ? 1.0 : 0.0) - eta * kw);
            }
        }
        return new DenseOperator(b);
    }

    /** @return n */
    int size() {
        return size;
    }

    /**
     * One step e ← B·e in place.
     *
     * @param error e, length n, overwritten with B·e
     * @param scratch work space of length n, overwritten
     */
    void step(double[] error, double[] scratch) {
        MatrixVectorMult_DDRM.mult(step, DMatrixRMaj.wrap(size, 1, error), DMatrixRMaj.wrap(size, 1, scratch));
        System.arraycopy(scratch, 0, error, 0, size);
    }
}
