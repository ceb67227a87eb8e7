package org.conelab.analyzer.lightcone;

import java.util.Arrays;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.conelab.api.solver.Solver;

/**
 * Columns X_t·e_j, t = 0 … T, of a matrix power held as exp(logScale[t])·columns[t]: entries
 * whose magnitude would overflow (A^t grows like ρ(A)^t, and ρ(A) is about max w·‖K‖, 10⁵ for
 * IS on periodogram targets) keep an exact logarithm,
 * ln|(X_t)_{ij}| = logScale[t] + ln|columns.at(t, i)|.
 *
 * @param columns the scaled entries, in the layout of {@link ResponseColumns}
 * @param logScale ln of the factor of each row, one per step
 */
record ScaledColumns(ResponseColumns columns, double[] logScale) {

    /** Checks the shape. */
    ScaledColumns {
        if (logScale.length != columns.steps() + 1) {
            throw new IllegalArgumentException("one scale per step needed: " + logScale.length + " for "
                    + (columns.steps() + 1) + " steps");
        }
    }

    /** @return J_t·e_j as the solver computed it, unscaled (J_t = (I − ηA)^t is bounded for a stable η) */
    static ScaledColumns unscaled(ResponseColumns columns) {
        return new ScaledColumns(columns, new double[columns.steps() + 1]);
    }

    /**
     * A^t·e_j for A = K·W, by x_0 = e_j and x_{t+1} = K·(w∘x_t) through
     * {@link Solver#product}, each x_{t+1} divided by s = max_i |x_{t+1}(i)| before the next
     * step and ln s added to the scale (exact up to the rounding of the products). A row holds
     * the nodes from its first to its last non-zero entry (a banded K keeps x_t within t times
     * its half-bandwidth of j, so the memory is that of the response columns); a product costs
     * what the solver's product costs, O(n·R) for a band.
     *
     * @param solver computes y = K·(w∘x)
     * @param dynamics K and w (η is not used)
     * @param source j
     * @param steps T ≥ 0
     * @return A^t·e_j for t = 0 … T
     * @throws ArithmeticException when a product is not finite or vanishes (K·W singular on x_t)
     */
    static ScaledColumns powers(Solver solver, LinearDynamics dynamics, int source, int steps) {
        int n = dynamics.size();
        int[] first = new int[steps + 1];
        double[][] values = new double[steps + 1][];
        double[] logScale = new double[steps + 1];
        double[] x = new double[n];
        x[source] = 1.0;
        for (int t = 0; ; t++) {
            int lo = 0;
            while (x[lo] == 0.0) {
                lo++;
            }
            int hi = n - 1;
            while (x[hi] == 0.0) {
                hi--;
            }
            first[t] = lo;
            values[t] = Arrays.copyOfRange(x, lo, hi + 1);
            if (t == steps) {
                return new ScaledColumns(new ResponseColumns(source, first, values), logScale);
            }
            // x ← K·(w∘x)
            x = solver.product(dynamics.kernel(), dynamics.weights(), x);
            double s = 0;
            for (double value : x) {
                s = Math.max(s, Math.abs(value));
            }
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new ArithmeticException("A^" + (t + 1) + "·e_" + source + " has max |entry| " + s
                        + " relative to A^" + t + "·e_" + source + ": cannot be rescaled");
            }
            // x ← x/s, ln scale ← ln scale + ln s
            for (int i = 0; i < n; i++) {
                x[i] /= s;
            }
            logScale[t + 1] = logScale[t] + Math.log(s);
        }
    }

    /** @return T */
    int steps() {
        return columns.steps();
    }

    /** @return ln|(X_t)_{ij}|, −∞ for an exact zero */
    double logAbs(int t, int i) {
        return logScale[t] + Math.log(Math.abs(columns.at(t, i)));
    }
}
