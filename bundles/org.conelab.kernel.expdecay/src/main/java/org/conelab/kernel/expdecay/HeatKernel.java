package org.conelab.kernel.expdecay;

import org.conelab.api.graph.Graph;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The heat kernel K = C₀·exp(−τL) of a graph, L = D − A its (unweighted) Laplacian, computed
 * densely from the eigen-decomposition L = Q·Λ·Qᵀ: with B = Q·exp(−τΛ/2), K = C₀·B·Bᵀ. L is
 * symmetric positive semi-definite (xᵀLx = Σ_{i~j} (x_i − x_j)²), so the eigenvalues of K,
 * C₀·exp(−τλ_k), lie in (0, C₀]: K is positive definite on any graph (Kondor and Lafferty,
 * "Diffusion kernels on graphs and other discrete structures", ICML 2002). Its entries are ≥ 0
 * and vanish across connected components; they decay faster than any exponential in d(i, j),
 * as (eτd_max/d)^d. O(n³), for n ≤ {@value ExpDecayKernel#DENSE_LIMIT} only.
 */
final class HeatKernel {

    private final DMatrixRMaj values;
    private final double smallestExact;

    private HeatKernel(DMatrixRMaj values, double smallestExact) {
        this.values = values;
        this.smallestExact = smallestExact;
    }

    /**
     * @param graph the graph
     * @param c0 C₀ &gt; 0
     * @param tau τ &gt; 0
     * @return K = C₀·exp(−τL), dense and exactly symmetric
     */
    static HeatKernel of(Graph graph, double c0, double tau) {
        int n = graph.size();
        DMatrixRMaj laplacian = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            int[] neighbours = graph.neighbours(i);
            // L = D − A
            laplacian.unsafe_set(i, i, neighbours.length);
            for (int j : neighbours) {
                laplacian.unsafe_set(i, j, -1.0);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DenseSpectrum.decompose(laplacian, true);
        DMatrixRMaj b = new DMatrixRMaj(n, n);
        double largest = 0;
        for (int k = 0; k < n; k++) {
            double lambda = eig.getEigenvalue(k).getReal();
            largest = Math.max(largest, lambda);
            // column k of B = q_k·exp(−τλ_k/2)
            double factor = Math.exp(-tau * lambda / 2);
            DMatrixRMaj vector = eig.getEigenVector(k);
            for (int i = 0; i < n; i++) {
                b.unsafe_set(i, k, vector.get(i) * factor);
            }
        }
        DMatrixRMaj k = new DMatrixRMaj(n, n);
        // K = C₀·B·Bᵀ: K_ij and K_ji are the same sum in the same order
        CommonOps_DDRM.multTransB(c0, b, b, k);
        return new HeatKernel(k, c0 * Math.exp(-tau * largest));
    }

    /** @return K(i, j) */
    double entry(int i, int j) {
        return values.unsafe_get(i, j);
    }

    /** @return C₀·exp(−τ·λ_max(L)), the smallest eigenvalue of the untruncated K */
    double smallestEigenvalue() {
        return smallestExact;
    }
}
