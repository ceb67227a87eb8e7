package org.conelab.analyzer.lightcone;

import java.util.Arrays;
import org.conelab.api.graph.Graph;

/**
 * The entries of X_t·e_j outside the cone, the samples a Lieb–Robinson bound is fitted on.
 *
 * <p>The rule, applied to each step t on its own, from the data only (no fitted quantity, so
 * it is not circular): the cone at step t reaches the <em>relative ε-front</em>
 * r_t = max{d(i, j) : |(X_t)_{ij}| ≥ ε·max_k |(X_t)_{kj}|}, the farthest node within a factor
 * 1/ε of the column's largest entry; outside it are the nodes with d(i, j) &gt; r_t. There every
 * entry is below ε times the bulk, which is where a bound C·exp(−(d − vt)/ξ) says something
 * (inside, any C ≥ the bulk bounds the entries and v, ξ are not seen). Relative, because A^t
 * has no natural scale (it grows like ρ(A)^t); J_t's bulk is of order 1, so there the rule is
 * close to an absolute ε-front. Exact zeros (beyond the stored kernel's reach, or unreachable
 * nodes) carry no logarithm and are left out. A sample is (t, d(i, j), ln|(X_t)_{ij}|).
 *
 * @param step t of each sample
 * @param distance d(i, j) of each sample
 * @param logAbs ln|(X_t)_{ij}| of each sample
 * @param front r_t for each step t = 0 … T (also for steps not sampled)
 * @param epsilon the ε of the relative front
 */
record ConeTail(int[] step, int[] distance, double[] logAbs, int[] front, double epsilon) {

    /** ε of the relative front: entries 10⁴ below the column's largest are in the tail. */
    static final double EPSILON = 1e-4;

    /** @return the number of samples */
    int size() {
        return step.length;
    }

    /**
     * @param x the columns X_t·e_j
     * @param distances d(i, j) for every node i ({@link Graph#UNREACHABLE} for none)
     * @param epsilon ε in (0, 1)
     * @param fromStep the first step sampled, ≥ 1 (X_0 = I has nothing outside any cone)
     * @return the samples of steps fromStep … T outside each step's relative ε-front
     */
    static ConeTail of(ScaledColumns x, int[] distances, double epsilon, int fromStep) {
        if (!(epsilon > 0 && epsilon < 1) || fromStep < 1) {
            throw new IllegalArgumentException("need 0 < ε < 1 and a first step ≥ 1, got " + epsilon + " and " + fromStep);
        }
        int steps = x.steps();
        int[] front = new int[steps + 1];
        int capacity = 0;
        for (int t = fromStep; t <= steps; t++) {
            capacity += x.columns().values()[t].length;
        }
        int[] step = new int[capacity];
        int[] distance = new int[capacity];
        double[] logAbs = new double[capacity];
        int m = 0;
        double logEpsilon = Math.log(epsilon);
        for (int t = 0; t <= steps; t++) {
            double[] row = x.columns().values()[t];
            int first = x.columns().first()[t];
            double peak = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < row.length; k++) {
                if (distances[first + k] != Graph.UNREACHABLE) {
                    peak = Math.max(peak, x.logAbs(t, first + k));
                }
            }
            // r_t = max{d : ln|X_t| ≥ ln ε + ln max|X_t|}
            int r = 0;
            for (int k = 0; k < row.length; k++) {
                int d = distances[first + k];
                if (d != Graph.UNREACHABLE && x.logAbs(t, first + k) >= logEpsilon + peak) {
                    r = Math.max(r, d);
                }
            }
            front[t] = r;
            for (int k = 0; t >= fromStep && k < row.length; k++) {
                int d = distances[first + k];
                if (d != Graph.UNREACHABLE && d > r && row[k] != 0.0) {
                    step[m] = t;
                    distance[m] = d;
                    logAbs[m] = x.logAbs(t, first + k);
                    m++;
                }
            }
        }
        return new ConeTail(Arrays.copyOf(step, m), Arrays.copyOf(distance, m), Arrays.copyOf(logAbs, m), front, epsilon);
    }
}
