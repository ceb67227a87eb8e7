package org.conelab.solver.dense;

import org.conelab.api.InvalidInputException;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.numeric.SolverArguments;
import org.conelab.numeric.SymmetricOperator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.mult.MatrixVectorMult_DDRM;

/**
 * Dense EJML copies of a {@link SymmetricMatrix} in any storage structure.
 *
 * <p>Entries are read through {@link SymmetricMatrix#entry} for |i − j| ≤ the half-bandwidth
 * only (everything beyond is zero by the matrix's contract), from the upper triangle, and
 * mirrored: the copy is symmetric by construction even if a dense input is not quite.
 */
final class DenseMatrices {

    private DenseMatrices() {
    }

    /** @return a new n×n row-major copy of A */
    static DMatrixRMaj copyOf(SymmetricMatrix matrix) {
        int n = matrix.size();
        int r = matrix.halfBandwidth();
        DMatrixRMaj dense = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            int last = Math.min(n - 1, i + r);
            for (int j = i; j <= last; j++) {
                double value = matrix.entry(i, j);
                dense.unsafe_set(i, j, value);
                dense.unsafe_set(j, i, value);
            }
        }
        return dense;
    }

    /** @return the operator x ↦ A·x of a dense n×n matrix by EJML's row-major product (A is read, not copied) */
    static SymmetricOperator operator(DMatrixRMaj a) {
        int n = a.numRows;
        return new SymmetricOperator() {
            @Override
            public int size() {
                return n;
            }

            @Override
            public void apply(double[] x, double[] y) {
                MatrixVectorMult_DDRM.mult(a, DMatrixRMaj.wrap(n, 1, x), DMatrixRMaj.wrap(n, 1, y));
            }
        };
    }

    /**
     * @return S = W^½ K W^½, that is S(i, j) = √w_i · K(i, j) · √w_j, symmetric and similar to
     *     A = K·W (A = W^−½ S W^½)
     */
    static DMatrixRMaj similarSymmetric(SymmetricMatrix kernel, double[] weights) {
        double[] root = squareRoots(weights, kernel.size());
        DMatrixRMaj s = copyOf(kernel);
        int n = kernel.size();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // S_ij = √w_i K_ij √w_j
                s.unsafe_set(i, j, root[i] * s.unsafe_get(i, j) * root[j]);
            }
        }
        return s;
    }

    /**
     * @param k a dense K
     * @param weights w
     * @return ‖S‖_F = (Σ_ij w_i·K_ij²·w_j)^½ for S = W^½ K W^½, without forming S, rounded up by
     *     the relative error of the sum
     */
    static double weightedFrobenius(DMatrixRMaj k, double[] weights) {
        int n = k.numRows;
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            double row = 0.0;
            for (int j = 0; j < n; j++) {
                double kij = k.unsafe_get(i, j);
                // Σ_j K_ij²·w_j
                row += kij * kij * weights[j];
            }
            sum += weights[i] * row;
        }
        return Math.sqrt(sum) * (1.0 + (n + 4.0) * Math.ulp(1.0));
    }

    /**
     * @return √w_i for every weight
     * @throws InvalidInputException naming the weight when the length is not n or a weight is
     *     not a finite number &gt; 0
     */
    static double[] squareRoots(double[] weights, int n) {
        SolverArguments.weights(weights, n);
        double[] root = new double[n];
        for (int i = 0; i < n; i++) {
            root[i] = Math.sqrt(weights[i]);
        }
        return root;
    }
}
