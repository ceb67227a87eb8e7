package org.conelab.kernel.expdecay;

import java.util.Arrays;
import org.conelab.api.graph.Graph;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.numeric.CsrBuilder;

/**
 * The Laplace kernel K(i, j) = C₀·exp(−‖x_i − x_j‖/ξ₀) on nodes with Euclidean positions x_i,
 * truncated to the pairs with C₀·exp(−r/ξ₀) ≥ tol·C₀, that is r ≤ ρ = ξ₀·ln(1/tol), and stored
 * as CSR. Untruncated, K is positive semi-definite on any point set in any R^d: exp(−‖x‖/ξ) is
 * a positive-definite function on every R^d (Schoenberg, "Metric spaces and completely monotone
 * functions", Ann. Math. 39, 1938: exp(−‖x‖^α) for 0 &lt; α ≤ 2; equivalently the Matérn
 * covariance with ν = ½, whose Fourier transform ∝ (1 + ξ²‖ω‖²)^−(d+1)/2 &gt; 0, Rasmussen and
 * Williams, <i>Gaussian Processes for Machine Learning</i>, 2006, §4.2.1). Truncation may break
 * that, hence the smallest eigenvalue in the report.
 *
 * <p>Neighbours within ρ are found with a {@link CellIndex} of side ρ. A first pass counts the
 * entries ({@link CsrBuilder}) so that the result is allocated once, or refused when it would not fit.
 */
final class EmbeddedLaplace {

    private EmbeddedLaplace() {
    }

    /**
     * @param points the n positions, of one dimension
     * @param c0 C₀
     * @param xi ξ₀
     * @param radius ρ: pairs with r ≤ ρ are kept
     * @param byteLimit the most bytes the CSR storage may take
     * @return K truncated, exactly symmetric
     * @throws CsrBuilder.StorageLimitException when the storage would exceed {@code byteLimit}
     */
    static SparseMatrix matrix(double[][] points, double c0, double xi, double radius, long byteLimit) {
        int n = points.length;
        CellIndex index = new CellIndex(points, radius);
        int[] columns = new int[n];
        double[] distances = new double[n];
        CsrBuilder csr = new CsrBuilder(n, byteLimit);
        for (int i = 0; i < n; i++) {
            csr.countRow(index.within(i, columns, distances));
        }
        csr.allocate();
        double[] values = csr.values();
        for (int i = 0; i < n; i++) {
            int count = index.within(i, columns, distances);
            int start = csr.rowStart(i);
            System.arraycopy(columns, 0, csr.columns(), start, count);
            for (int p = 0; p < count; p++) {
                // K_ij = C₀·exp(−r_ij/ξ₀)
                values[start + p] = c0 * Math.exp(-distances[p] / xi);
            }
        }
        return new SparseMatrix(n, csr.rowStarts(), csr.columns(), values);
    }

    /**
     * The decay length in graph distance that the stored entries satisfy:
     * |K(i, j)| = C₀·exp(−r/ξ₀) ≤ C₀·exp(−d/ξ) for every stored pair exactly when
     * ξ ≥ ξ₀·max(d(i, j)/r(i, j)). Graph distances are found by a breadth-first search from each
     * node that stops once every stored column of its row is reached.
     *
     * @return max over stored pairs i ≠ j of d(i, j)/r(i, j) (+∞ when a stored pair is
     *     unreachable or at Euclidean distance 0), and the largest d(i, j) stored
     */
    static Hops hops(Graph graph, SparseMatrix k, double[][] points) {
        int n = graph.size();
        int[] stamp = new int[n];
        Arrays.fill(stamp, -1);
        int[] hops = new int[n];
        int[] queue = new int[n];
        double worst = 0;
        int farthest = 0;
        for (int i = 0; i < n; i++) {
            int wanted = k.rowStart()[i + 1] - k.rowStart()[i];
            int found = 0;
            int head = 0;
            int tail = 0;
            stamp[i] = i;
            hops[i] = 0;
            queue[tail++] = i;
            while (head < tail && found < wanted) {
                int node = queue[head++];
                if (Arrays.binarySearch(k.columns(), k.rowStart()[i], k.rowStart()[i + 1], node) >= 0) {
                    found++;
                    farthest = Math.max(farthest, hops[node]);
                    if (node != i) {
                        double r = CellIndex.distance(points[i], points[node]);
                        worst = r == 0 ? Double.POSITIVE_INFINITY : Math.max(worst, hops[node] / r);
                    }
                }
                for (int next : graph.neighbours(node)) {
                    if (stamp[next] != i) {
                        // d(next) ← d(node) + 1
                        stamp[next] = i;
                        hops[next] = hops[node] + 1;
                        queue[tail++] = next;
                    }
                }
            }
            if (found < wanted) {
                return new Hops(Double.POSITIVE_INFINITY, Graph.UNREACHABLE);
            }
        }
        return new Hops(worst, farthest);
    }

    /**
     * @param perLength max d(i, j)/r(i, j) over the stored pairs i ≠ j
     * @param farthest the largest graph distance d(i, j) among the stored pairs
     */
    record Hops(double perLength, int farthest) {
    }
}
