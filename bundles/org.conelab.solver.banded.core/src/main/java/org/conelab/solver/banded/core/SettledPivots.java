package org.conelab.solver.banded.core;

import java.util.Arrays;

/**
 * The inverse pivots 1/d_i of a constant tri-diagonal matrix up to their first repetition.
 * Computed alone, before the sweeps: they do not depend on the right-hand side. See
 * {@link TridiagonalThomas} for why every pivot after the first repetition is that one.
 */
final class SettledPivots {

    /** Pivots stored before the first repetition is looked for in a longer array. */
    private static final int INITIAL = 64;

    private SettledPivots() {
    }

    /**
     * @param a the diagonal
     * @param b the off-diagonal
     * @param n the order, ≥ 1
     * @return 1/d_0 … 1/d_{m−1}, m ≤ n, with 1/d_i = 1/d_{m−1} for every i ≥ m: the array stops
     *     before the first i with 1/d_i = 1/d_{i−1}, or at n
     * @throws ArithmeticException when a pivot is not &gt; 0
     */
    static double[] of(double a, double b, int n) {
        double[] inverse = new double[Math.min(n, INITIAL)];
        TridiagonalThomas.requirePositive(a, 0);
        inverse[0] = 1.0 / a;
        int m = 1;
        while (m < n) {
            // d_m = a − b²/d_{m−1}, as b·(b/d_{m−1})
            double pivot = Math.fma(-(b * inverse[m - 1]), b, a);
            TridiagonalThomas.requirePositive(pivot, m);
            double next = 1.0 / pivot;
            if (next == inverse[m - 1]) {
                break;
            }
            if (m == inverse.length) {
                inverse = Arrays.copyOf(inverse, (int) Math.min(n, 2L * m));
            }
            inverse[m++] = next;
        }
        return m == inverse.length ? inverse : Arrays.copyOf(inverse, m);
    }
}
