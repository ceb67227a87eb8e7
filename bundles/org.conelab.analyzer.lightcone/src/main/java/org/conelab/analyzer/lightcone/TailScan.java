package org.conelab.analyzer.lightcone;

import org.conelab.api.graph.Graph;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.conelab.api.solver.Solver;

/**
 * Lieb–Robinson measurements for a kernel that is not strictly local but decays,
 * |K_ij| ≤ C₀·exp(−d(i, j)/ξ₀) (paper, §12). The paper bounds
 * |(A^t)_{ij}| ≤ C·exp(−(d(i, j) − v·t)/ξ) for A = KW, and through the binomial expansion of
 * Theorem 2 the same form follows for J_t = (I − ηA)^t = Σ_k C(t, k)(−η)^k A^k, with
 * v_J = ξ·ln(1 + η·e^{v/ξ}); both are fitted here, C, ξ and v jointly
 * ({@link LiebRobinsonFit} on the samples outside the cone of {@link ConeTail}), A^t from
 * {@link ScaledColumns#powers}, J_t from the solver's response columns.
 *
 * <p>The ε-fronts of J_t (largest d with |(J_t)_{ij}| ≥ ε, absolute: J_0 = I sets the scale)
 * show how the bound's contours are approached.
 *
 * @param thresholds the ε of each front
 * @param fronts fronts[k][t] = max{d : |(J_t)_{ij}| ≥ thresholds[k]}
 * @param power the fits on A^t·e_j
 * @param response the fits on J_t·e_j
 */
record TailScan(double[] thresholds, int[][] fronts, TailFit power, TailFit response) {

    /** The default front thresholds. */
    static final double[] THRESHOLDS = {1e-4, 1e-8, 1e-12};

    /**
     * @param solver the solver, for the products K·(w∘x) of A^t
     * @param dynamics K, w and η
     * @param columns J_t·e_j, t = 0 … T, from the same solver
     * @param distances d(i, j) for every node i
     * @return the fronts and fits
     */
    static TailScan of(Solver solver, LinearDynamics dynamics, ResponseColumns columns, int[] distances) {
        int steps = columns.steps();
        int[][] fronts = new int[THRESHOLDS.length][steps + 1];
        for (int t = 0; t <= steps; t++) {
            double[] row = columns.values()[t];
            int first = columns.first()[t];
            for (int k = 0; k < row.length; k++) {
                int d = distances[first + k];
                double magnitude = Math.abs(row[k]);
                if (magnitude == 0.0 || d == Graph.UNREACHABLE) {
                    continue;
                }
                for (int e = 0; e < THRESHOLDS.length; e++) {
                    if (magnitude >= THRESHOLDS[e]) {
                        fronts[e][t] = Math.max(fronts[e][t], d);
                    }
                }
            }
        }
        ScaledColumns powers = ScaledColumns.powers(solver, dynamics, columns.source(), steps);
        return new TailScan(THRESHOLDS.clone(), fronts, TailFit.of("A", powers, distances),
                TailFit.of("J", ScaledColumns.unscaled(columns), distances));
    }
}
