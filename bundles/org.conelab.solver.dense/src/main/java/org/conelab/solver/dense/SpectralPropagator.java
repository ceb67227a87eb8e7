package org.conelab.solver.dense;

import org.conelab.api.matrix.SymmetricMatrix;
import org.ejml.data.DMatrixRMaj;

/**
 * The prediction Jacobian J_t = (I − η·K·W)^t in closed form from the eigen-decomposition of
 * S = W^½ K W^½ = Q·Λ·Qᵀ:
 *
 * <pre>
 *   J_t = W^−½ · Q · (I − η·Λ)^t · Qᵀ · W^½
 * </pre>
 *
 * <p>because K·W = W^−½ S W^½. Any power t costs one O(n²) application instead of t
 * matrix-vector products, so tests can check {@link DenseSolver#evolve} at any t against an
 * independent route. Its accuracy is that of the eigen-decomposition (see
 * {@link SymmetricEigen}) amplified by the growth of (1 − ηλ)^t and by cond(W)^½; it has no
 * exact zeros outside the light cone, only rounding-level values there. Public for tests and
 * cross-checks inside this bundle; not an exported API.
 */
public final class SpectralPropagator {

    private final SymmetricEigen eigen;
    private final double[] rootWeights;
    private final double eta;

    private SpectralPropagator(SymmetricEigen eigen, double[] rootWeights, double eta) {
        this.eigen = eigen;
        this.rootWeights = rootWeights;
        this.eta = eta;
    }

    /**
     * @param kernel K, any structure
     * @param weights the diagonal of W, every entry finite and &gt; 0
     * @param eta the step size η
     * @return the decomposition behind J_t (O(n³) once)
     */
    public static SpectralPropagator of(SymmetricMatrix kernel, double[] weights, double eta) {
        double[] root = DenseMatrices.squareRoots(weights, kernel.size());
        return new SpectralPropagator(SymmetricEigen.of(DenseMatrices.similarSymmetric(kernel, weights)), root, eta);
    }

    /** @return the eigen-decomposition of S = W^½ K W^½ */
    public SymmetricEigen eigen() {
        return eigen;
    }

    /**
     * @param initial e_0, length n, not modified
     * @param t the number of steps, ≥ 0
     * @return J_t·e_0 = W^−½ Q (I − ηΛ)^t Qᵀ W^½ e_0
     */
    public double[] apply(double[] initial, int t) {
        int n = rootWeights.length;
        if (initial.length != n || t < 0) {
            throw new IllegalArgumentException("need e_0 of length " + n + " and t >= 0");
        }
        DMatrixRMaj q = eigen.vectors();
        double[] lambda = eigen.values();
        double[] coefficient = new double[n];
        for (int k = 0; k < n; k++) {
            double sum = 0.0;
            for (int i = 0; i < n; i++) {
                // c_k = (Qᵀ W^½ e_0)_k
                sum += q.unsafe_get(i, k) * rootWeights[i] * initial[i];
            }
            // c_k ← (1 − ηλ_k)^t c_k
            coefficient[k] = Math.pow(1.0 - eta * lambda[k], t) * sum;
        }
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0.0;
            for (int k = 0; k < n; k++) {
                // (Q c)_i
                sum += q.unsafe_get(i, k) * coefficient[k];
            }
            // e_t = W^−½ Q c
            result[i] = sum / rootWeights[i];
        }
        return result;
    }
}
