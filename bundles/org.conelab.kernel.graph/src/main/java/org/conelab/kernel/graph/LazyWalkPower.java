package org.conelab.kernel.graph;

import org.conelab.api.graph.Chain;
import org.conelab.api.graph.Graph;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.SparseMatrix;

/**
 * M^R for the lazy walk M = (I + N)/2 of a graph ({@link LazyWalk}), by R − 1 sparse products
 * restricted to the k-hop neighbourhoods, symmetrised after each product.
 *
 * <p>On a chain the result is returned as a band matrix of half-bandwidth min(R, n − 1)
 * without ever forming the sparse product on all n nodes: M differs from the interior stencil
 * only on the end edges (0, 1) and (n−2, n−1), and (M^R)(i, j) only involves walks of length
 * R from i to j, which stay within [j − R, i + R] (i ≤ j). So the entries with j ≤ R are those
 * of a short chain of m = 3R + 3 nodes, the entries with i ≥ n − 1 − R follow by the
 * reflection i → n − 1 − i, and every other entry equals the interior one,
 * (M^R)(R + 1, R + 1 + k) of the short chain. Memory: (R + 1)·n doubles.
 */
final class LazyWalkPower {

    private LazyWalkPower() {
    }

    /**
     * @param graph any graph
     * @param range R ≥ 1
     * @param byteLimit the most bytes one intermediate power may take
     * @return M^R in CSR form, exactly symmetric
     * @throws org.conelab.numeric.CsrBuilder.StorageLimitException when a power would exceed {@code byteLimit}
     */
    static SparseMatrix sparse(Graph graph, int range, long byteLimit) {
        SparseMatrix walk = LazyWalk.of(graph);
        SparseMatrix power = walk;
        for (int k = 2; k <= range; k++) {
            // P_k ← P_{k−1}·M, then P_k ← (P_k + P_kᵀ)/2
            power = SparseProducts.symmetrize(SparseProducts.multiply(power, walk, byteLimit));
        }
        return power;
    }

    /**
     * @param chain the chain of n nodes
     * @param range R ≥ 1
     * @return M^R as a band matrix of half-bandwidth min(R, n − 1)
     */
    static BandedMatrix banded(Chain chain, int range) {
        int n = chain.size();
        int shortSize = 3 * range + 3;
        int half = Math.min(range, n - 1);
        double[][] diagonals = new double[half + 1][];
        if (n <= shortSize) {
            SparseMatrix whole = sparse(chain, range, Long.MAX_VALUE);
            for (int k = 0; k <= half; k++) {
                diagonals[k] = new double[n - k];
                for (int i = 0; i < n - k; i++) {
                    diagonals[k][i] = whole.entry(i, i + k);
                }
            }
            return new BandedMatrix(n, diagonals);
        }
        SparseMatrix small = sparse(new Chain(shortSize), range, Long.MAX_VALUE);
        for (int k = 0; k <= half; k++) {
            double interior = small.entry(range + 1, range + 1 + k);
            double[] diagonal = new double[n - k];
            for (int i = 0; i < n - k; i++) {
                int j = i + k;
                if (j <= range) {
                    // near node 0: as in the short chain
                    diagonal[i] = small.entry(i, j);
                } else if (i >= n - 1 - range) {
                    // near node n−1: K(i, j) = K(n−1−j, n−1−i)
                    diagonal[i] = small.entry(n - 1 - j, n - 1 - i);
                } else {
                    diagonal[i] = interior;
                }
            }
            diagonals[k] = diagonal;
        }
        return new BandedMatrix(n, diagonals);
    }
}
