package org.conelab.analyzer.lightcone;

import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.conelab.numeric.WideSum;

/**
 * The exact value of J_t = (I − ηKW)^t at the edge of the cone on a chain, as an independent
 * reference. On a chain with range R, a product of t factors can move a unit perturbation by tR
 * only if every factor is the off-diagonal part −ηK·W with displacement +R (or every one −R), so
 * <pre>
 *   (J_t)_{j+tR, j} = (−η)^t · Π_{m=0}^{t−1} K(j+(m+1)R, j+mR) · w(j+mR)
 * </pre>
 * and symmetrically on the left. The product is formed in wide-range form (mantissa and binary
 * exponent), so it is compared at every step, however far below 1e-308 it falls: against the
 * wide-range values, and against the solver's doubles where the exact value is a normal double.
 */
final class FrontAmplitude {

    private FrontAmplitude() {
    }

    /**
     * @param dynamics K, w and η on a chain
     * @param columns the solver's response columns from source j
     * @param edges the wide-range values at the cone's edges
     * @return the largest relative error |measured − exact| / |exact| over every t ≥ 1 and both
     *     sides where the cone's edge lies inside the chain, or NaN when none can be compared
     */
    static double largestRelativeError(LinearDynamics dynamics, ResponseColumns columns, EdgeValues edges) {
        double worst = Double.NaN;
        for (int side = 0; side < 2; side++) {
            int direction = side == 0 ? -1 : 1;
            double mantissa = 0.5;
            long exponent = 1;
            int node = columns.source();
            for (int t = 1; t <= columns.steps(); t++) {
                int next = node + direction * edges.range;
                if (next < 0 || next >= dynamics.size()) {
                    break;
                }
                // exact ← exact · (−η) · K(next, node) · w(node), renormalised
                double factor = -dynamics.eta() * dynamics.kernel().entry(next, node) * dynamics.weights()[node];
                int order = WideSum.binaryOrder(factor);
                mantissa *= Math.scalb(factor, -order);
                exponent += order;
                int renormalise = WideSum.binaryOrder(mantissa);
                mantissa = Math.scalb(mantissa, -renormalise);
                exponent += renormalise;
                node = next;
                double error = relativeError(edges.mantissa[side][t], edges.exponent[side][t], mantissa, exponent);
                double exact = WideSum.toDouble(mantissa, exponent);
                if (Math.abs(exact) >= Double.MIN_NORMAL && Double.isFinite(exact)) {
                    error = Math.max(error, Math.abs(columns.at(t, node) - exact) / Math.abs(exact));
                }
                worst = Double.isNaN(worst) ? error : Math.max(worst, error);
            }
        }
        return worst;
    }

    /** @return |a − b| / |b| for a = ma·2^ea and b = mb·2^eb, b ≠ 0 */
    static double relativeError(double ma, long ea, double mb, long eb) {
        long gap = ea - eb;
        if (ma == 0.0 || gap > WideSum.NEGLIGIBLE_BITS || gap < -WideSum.NEGLIGIBLE_BITS) {
            return ma == 0.0 || gap < 0 ? 1.0 : Double.POSITIVE_INFINITY;
        }
        return Math.abs(Math.scalb(ma, (int) gap) - mb) / Math.abs(mb);
    }
}
