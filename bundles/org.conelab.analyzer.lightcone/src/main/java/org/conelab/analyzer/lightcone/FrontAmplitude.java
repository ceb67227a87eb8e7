package org.conelab.analyzer.lightcone;

import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;

/**
 * The exact value of J_t = (I − ηKW)^t at the edge of the cone on a chain, as an independent
 * reference for the solver. On a chain with range R, a product of t factors can move a unit
 * perturbation by tR only if every factor is the off-diagonal part −ηK·W with displacement +R
 * (or every one −R), so
 * <pre>
 *   (J_t)_{j+tR, j} = (−η)^t · Π_{m=0}^{t−1} K(j+(m+1)R, j+mR) · w(j+mR)
 * </pre>
 * and symmetrically on the left.
 */
final class FrontAmplitude {

    /** Values below this are too close to underflow for a relative comparison. */
    private static final double SMALLEST_COMPARABLE = 1e-280;

    private FrontAmplitude() {
    }

    /**
     * @param dynamics K, w and η on a chain
     * @param columns the solver's response columns from source j
     * @param range R
     * @return the largest relative error |measured − exact| / |exact| over every t ≥ 1 and both
     *     sides where the cone's edge lies inside the chain, or NaN when none can be compared
     */
    static double largestRelativeError(LinearDynamics dynamics, ResponseColumns columns, int range) {
        double worst = Double.NaN;
        for (int direction = -1; direction <= 1; direction += 2) {
            double exact = 1.0;
            int node = columns.source();
            for (int t = 1; t <= columns.steps(); t++) {
                int next = node + direction * range;
                if (next < 0 || next >= dynamics.size()) {
                    break;
                }
                // exact ← exact · (−η) · K(next, node) · w(node)
                exact *= -dynamics.eta() * dynamics.kernel().entry(next, node) * dynamics.weights()[node];
                node = next;
                if (Math.abs(exact) < SMALLEST_COMPARABLE) {
                    break;
                }
                double error = Math.abs(columns.at(t, node) - exact) / Math.abs(exact);
                worst = Double.isNaN(worst) ? error : Math.max(worst, error);
            }
        }
        return worst;
    }
}
