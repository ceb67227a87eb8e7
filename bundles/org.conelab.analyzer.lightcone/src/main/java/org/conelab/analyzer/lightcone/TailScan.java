package org.conelab.analyzer.lightcone;

import org.conelab.api.graph.Graph;
import org.conelab.api.solver.ResponseColumns;

/**
 * Lieb–Robinson measurements of J_t·e_j for a kernel that is not strictly local but decays,
 * |K_ij| ≤ C₀·exp(−d(i, j)/ξ₀) (paper, §12), which bounds
 * |(J_t)_{ij}| ≤ C·exp(−(d(i, j) − v·t)/ξ) for some C, v and any ξ &gt; ξ₀.
 *
 * <p>With ξ fixed, the tightest velocity that makes the bound hold on every computed entry with
 * C = 1 (the bound is exact at t = 0, where J_0 = I) is
 * v = ξ·max_{t ≥ 1} g(t)/t with g(t) = max_i [ln|(J_t)_{ij}| + d(i, j)/ξ]. The ε-fronts
 * (largest d with |J_t| ≥ ε) show how the bound's contours are approached.
 *
 * @param thresholds the ε of each front
 * @param fronts fronts[k][t] = max{d : |(J_t)_{ij}| ≥ thresholds[k]}
 * @param xi the ξ used for the velocity
 * @param velocity v, the tightest Lieb–Robinson velocity for that ξ with C = 1
 * @param lateVelocity the same maximum taken over the second half of the steps only
 */
record TailScan(double[] thresholds, int[][] fronts, double xi, double velocity, double lateVelocity) {

    /** The default front thresholds. */
    static final double[] THRESHOLDS = {1e-4, 1e-8, 1e-12};

    static TailScan of(ResponseColumns columns, int[] distances, double xi) {
        int steps = columns.steps();
        int[][] fronts = new int[THRESHOLDS.length][steps + 1];
        double[] g = new double[steps + 1];
        for (int t = 0; t <= steps; t++) {
            g[t] = Double.NEGATIVE_INFINITY;
            double[] row = columns.values()[t];
            int first = columns.first()[t];
            for (int k = 0; k < row.length; k++) {
                int d = distances[first + k];
                double magnitude = Math.abs(row[k]);
                if (magnitude == 0.0 || d == Graph.UNREACHABLE) {
                    continue;
                }
                g[t] = Math.max(g[t], Math.log(magnitude) + d / xi);
                for (int e = 0; e < THRESHOLDS.length; e++) {
                    if (magnitude >= THRESHOLDS[e]) {
                        fronts[e][t] = Math.max(fronts[e][t], d);
                    }
                }
            }
        }
        return new TailScan(THRESHOLDS.clone(), fronts, xi, xi * maxSlope(g, 1), xi * maxSlope(g, Math.max(1, steps / 2)));
    }

    /** @return max over t ≥ from of max(g(t), 0)/t, or NaN when there are no such steps */
    private static double maxSlope(double[] g, int from) {
        double slope = Double.NaN;
        for (int t = from; t < g.length; t++) {
            double s = Math.max(g[t], 0) / t;
            slope = Double.isNaN(slope) ? s : Math.max(slope, s);
        }
        return slope;
    }
}
