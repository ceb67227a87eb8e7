package org.conelab.solver.banded.core;

import java.util.Arrays;
import org.conelab.api.solver.ResponseColumns;

/**
 * Response columns J_t·e_j = (I − η·K·W)^t·e_j computed only inside the light cone
 * |i − j| ≤ t·R, where R is the matrix's stored half-bandwidth.
 *
 * <p>Outside that window the column is zero by the storage structure alone: one step moves
 * support at most R rows, so J_t·e_j vanishes beyond t·R (exactly, in floating point too: every
 * term there is a product with an exact zero). Step t computes the rows of window t from the
 * state of window t − 1, so the cost is Σ_t (2tR + 1)(2R + 1) = O(T²R²) and the memory the
 * stored columns Σ_t (2tR + 1) — neither depends on n. The work arrays cover window T plus R
 * rows of padding on each side; windows only grow, so entries outside the current window have
 * never been written and are zero.
 */
public final class ResponseWindow {

    private final Sweeps sweeps;

    /** @param sweeps the hot loops */
    public ResponseWindow(Sweeps sweeps) {
        this.sweeps = sweeps;
    }

    /** @return the number of doubles the stored columns of {@link #response} take */
    public static double storedDoubles(int n, int r, int steps) {
        double total = 0;
        for (long t = 0; t <= steps; t++) {
            total += Math.min(n, 2 * t * r + 1);
            if (2 * t * r + 1 >= n) {
                // every later column is full
                return total + (double) (steps - t) * n;
            }
        }
        return total;
    }

    /**
     * @param band K with stored half-bandwidth R
     * @param w the weights, length n
     * @param eta η
     * @param source j
     * @param steps T ≥ 0
     * @return J_t·e_j on the rows max(0, j − tR) … min(n − 1, j + tR), t = 0 … T
     */
    public ResponseColumns response(Band band, double[] w, double eta, int source, int steps) {
        int n = band.size();
        long r = band.bandwidth();
        int lo = (int) Math.max(0, source - (steps + 1L) * r);
        int hi = (int) Math.min(n, source + (steps + 1L) * r + 1);
        double[] u = new double[hi - lo];
        double[] v = new double[hi - lo];
        double[] z = new double[hi - lo];
        // sw = η·w inside the cone |i − j| ≤ T·R only, whose weights are checked; 0 on the padding
        double[] sw = new double[hi - lo];
        long reach = (long) steps * r;
        for (int g = (int) Math.max(0, source - reach); g < (int) Math.min(n, source + reach + 1); g++) {
            sw[g - lo] = eta * w[g];
        }
        int[] first = new int[steps + 1];
        double[][] values = new double[steps + 1][];
        u[source - lo] = 1.0;
        first[0] = source;
        values[0] = new double[] {1.0};
        int windowLo = source;
        int windowHi = source + 1;
        for (int t = 1; t <= steps; t++) {
            windowLo = (int) Math.max(0, source - t * r);
            windowHi = (int) Math.min(n, source + t * r + 1);
            // J_t e_j = J_{t−1} e_j − η K W J_{t−1} e_j on window t (u is 0 outside window t − 1)
            band.step(sweeps, lo, sw, u, z, v, windowLo, windowHi);
            first[t] = windowLo;
            values[t] = Arrays.copyOfRange(v, windowLo - lo, windowHi - lo);
            double[] swap = u;
            u = v;
            v = swap;
        }
        return new ResponseColumns(source, first, values);
    }
}
