package org.conelab.solver.banded.core;

/**
 * The Thomas algorithm for a symmetric positive definite tri-diagonal system A·x = b, in its
 * symmetric form A = L·D·Lᵀ with unit lower bi-diagonal L:
 *
 * <pre>
 *   d_0 = a_0,   d_i = a_i − b_{i−1}² / d_{i−1}          (b_i = A(i, i+1))
 *   y_0 = r_0,   y_i = r_i − (b_{i−1} / d_{i−1})·y_{i−1}
 *   x_{n−1} = y_{n−1} / d_{n−1},   x_i = (y_i − b_i·x_{i+1}) / d_i
 * </pre>
 *
 * O(n) time. Without pivoting it is backward stable for SPD matrices, and A is SPD exactly when
 * every pivot d_i is &gt; 0 (the d_i are the ratios of leading principal minors), which is what it
 * checks. Also serves R = 0 (b = 0). Reference: Golub &amp; Van Loan, Matrix Computations, 4th ed.,
 * §4.3.6.
 *
 * <p><b>Constant coefficients.</b> For a stencil (a_i = a, b_i = b) the pivots do not depend on
 * the right-hand side, and their recurrence d ↦ a − b²/d is a contraction towards its fixed
 * point (factor (b/d)², 1/4 for the paper's kernel): the computed 1/d_i become equal after a
 * few dozen rows, and from the first repetition on every later one is the same double, since
 * each is the same function of the one before. So only the pivots up to the first repetition are
 * stored ({@link SettledPivots}) and the sweeps use the last for every later row: the same
 * doubles as storing all n, in O(1) memory instead of n doubles for well-conditioned matrices
 * (n for a matrix so close to singular that they never settle).
 *
 * <p>The sweeps are recurrences, x_i from x_{i∓1}, bound by the latency of each row's
 * arithmetic: each multiply-and-subtract is one fused multiply-add ({@link Math#fma}, one
 * instruction with FMA3 on x86-64 and on AArch64), one rounding instead of two.
 */
public final class TridiagonalThomas {

    private TridiagonalThomas() {
    }

    /**
     * @param band A, half-bandwidth ≤ 1
     * @param rhs b, not modified
     * @return x, every entry finite
     * @throws ArithmeticException when a pivot is not &gt; 0: A is not positive definite; or when an
     *     entry of x is not finite ({@link FiniteSolution})
     */
    public static double[] solve(Band band, double[] rhs) {
        int n = band.size();
        double[] x = new double[n];
        if (band.isStencil()) {
            // constant coefficients: the loops read no band storage
            double b = band.bandwidth() >= 1 ? band.upper(0, 1) : 0.0;
            constant(b, SettledPivots.of(band.upper(0, 0), b, n), rhs, x);
        } else {
            double[][] d = band.diagonals();
            diagonals(d[0], band.bandwidth() >= 1 ? d[1] : new double[n - 1], rhs, new double[n], x);
        }
        return x;
    }

    /**
     * The two sweeps for b_i = b, with the inverse pivots 1/d_i of {@code pivots}; checks x finite.
     * The entry of the previous row is carried in a local ({@code y}, {@code next}): read back from
     * x, it would wait for the store to forward on every row of the recurrence.
     */
    private static void constant(double b, double[] pivots, double[] rhs, double[] x) {
        int n = x.length;
        int stored = pivots.length;
        double settled = pivots[stored - 1];
        double y = rhs[0];
        x[0] = y;
        for (int i = 1; i < stored; i++) {
            // y_i = r_i − l_i·y_{i−1}, l_i = b/d_{i−1}
            y = Math.fma(-(b * pivots[i - 1]), y, rhs[i]);
            x[i] = y;
        }
        double l = b * settled;
        for (int i = Math.max(stored, 1); i < n; i++) {
            // the same with the settled pivot
            y = Math.fma(-l, y, rhs[i]);
            x[i] = y;
        }
        double next = y * (n - 1 < stored ? pivots[n - 1] : settled);
        x[n - 1] = next;
        double zeroes = 0.0 * next;
        for (int i = n - 2; i >= stored; i--) {
            // x_i = (y_i − b·x_{i+1})/d_i
            next = Math.fma(-b, next, x[i]) * settled;
            x[i] = next;
            zeroes += 0.0 * next;
        }
        for (int i = Math.min(stored - 1, n - 2); i >= 0; i--) {
            next = Math.fma(-b, next, x[i]) * pivots[i];
            x[i] = next;
            zeroes += 0.0 * next;
        }
        FiniteSolution.require(x, zeroes);
    }

    /** The factorisation and the two sweeps for a_i = diagonal[i], b_i = off[i]; checks x finite. */
    private static void diagonals(double[] diagonal, double[] off, double[] rhs, double[] inversePivot,
            double[] x) {
        int n = x.length;
        requirePositive(diagonal[0], 0);
        double inverse = 1.0 / diagonal[0];
        inversePivot[0] = inverse;
        double y = rhs[0];
        x[0] = y;
        for (int i = 1; i < n; i++) {
            double b = off[i - 1];
            double l = b * inverse;
            // d_i = a_i − b_{i−1}²/d_{i−1}
            double pivot = Math.fma(-l, b, diagonal[i]);
            requirePositive(pivot, i);
            inverse = 1.0 / pivot;
            inversePivot[i] = inverse;
            // y_i = r_i − l_i·y_{i−1}
            y = Math.fma(-l, y, rhs[i]);
            x[i] = y;
        }
        double next = y * inverse;
        x[n - 1] = next;
        double zeroes = 0.0 * next;
        for (int i = n - 2; i >= 0; i--) {
            // x_i = (y_i − b_i·x_{i+1})/d_i
            next = Math.fma(-off[i], next, x[i]) * inversePivot[i];
            x[i] = next;
            zeroes += 0.0 * next;
        }
        FiniteSolution.require(x, zeroes);
    }

    /** @throws ArithmeticException when pivot {@code i} is not &gt; 0 or not finite */
    static void requirePositive(double pivot, int i) {
        if (!(pivot > 0) || !Double.isFinite(pivot)) {
            throw new ArithmeticException("the matrix is not positive definite: pivot " + i + " of its LDLᵀ"
                    + " factorisation is " + pivot);
        }
    }
}
