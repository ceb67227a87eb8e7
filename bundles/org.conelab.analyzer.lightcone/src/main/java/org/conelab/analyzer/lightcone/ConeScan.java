package org.conelab.analyzer.lightcone;

import org.conelab.api.graph.Graph;
import org.conelab.api.solver.ResponseColumns;

/**
 * Per-step statistics of the response columns J_t·e_j against the cone d(i, j) ≤ tR:
 * the front (largest distance of a non-zero entry), the support size, and the non-zero
 * entries outside the cone. "Non-zero" means exactly non-zero: the theorem claims exact zeros.
 *
 * @param front front[t] = max{d(i, j) : (J_t)_{ij} ≠ 0}
 * @param support support[t] = #{i : (J_t)_{ij} ≠ 0}
 * @param outside outside[t] = #{i : d(i, j) &gt; tR and (J_t)_{ij} ≠ 0}
 * @param maxOutside maxOutside[t] = max{|(J_t)_{ij}| : d(i, j) &gt; tR}, 0 when none
 * @param eccentricity the largest finite distance from j: the front cannot pass it
 */
record ConeScan(int[] front, int[] support, int[] outside, double[] maxOutside, int eccentricity) {

    /**
     * @param columns the response columns of source j
     * @param distances d(i, j) for every node i
     * @param range R, the kernel's range
     * @return the statistics for t = 0 … T
     */
    static ConeScan of(ResponseColumns columns, int[] distances, int range) {
        int steps = columns.steps();
        int[] front = new int[steps + 1];
        int[] support = new int[steps + 1];
        int[] outside = new int[steps + 1];
        double[] maxOutside = new double[steps + 1];
        for (int t = 0; t <= steps; t++) {
            long radius = (long) t * range;
            double[] row = columns.values()[t];
            int first = columns.first()[t];
            for (int k = 0; k < row.length; k++) {
                if (row[k] == 0.0) {
                    continue;
                }
                int d = distances[first + k];
                support[t]++;
                front[t] = Math.max(front[t], d);
                if (d > radius) {
                    outside[t]++;
                    maxOutside[t] = Math.max(maxOutside[t], Math.abs(row[k]));
                }
            }
        }
        return new ConeScan(front, support, outside, maxOutside, eccentricity(distances));
    }

    /** @return the total number of non-zero entries outside the cone over all steps */
    long outsideTotal() {
        long total = 0;
        for (int count : outside) {
            total += count;
        }
        return total;
    }

    /**
     * The front speed v, fitted through the origin over the steps whose cone still fits inside
     * the graph (tR ≤ eccentricity): v = Σ t·front[t] / Σ t². Exactly R when front[t] = tR.
     *
     * @param range R
     * @return v, or NaN when no step qualifies (T = 0)
     */
    double speed(int range) {
        double num = 0;
        double den = 0;
        for (int t = 1; t < front.length && (long) t * range <= eccentricity; t++) {
            num += (double) t * front[t];
            den += (double) t * t;
        }
        return den > 0 ? num / den : Double.NaN;
    }

    /** @return the largest finite distance in {@code distances} */
    static int eccentricity(int[] distances) {
        int max = 0;
        for (int d : distances) {
            if (d != Graph.UNREACHABLE) {
                max = Math.max(max, d);
            }
        }
        return max;
    }
}
