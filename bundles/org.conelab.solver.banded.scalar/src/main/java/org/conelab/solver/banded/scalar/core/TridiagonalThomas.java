package org.conelab.solver.banded.scalar.core;

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
 * O(n) time, one array of n pivots besides x. Without pivoting it is backward stable for SPD
 * matrices, and A is SPD exactly when every pivot d_i is &gt; 0 (the d_i are the ratios of
 * leading principal minors), which is what it checks. Also serves R = 0 (b = 0).
 * Reference: Golub &amp; Van Loan, Matrix Computations, 4th ed., §4.3.6.
 */
public final class TridiagonalThomas {

    private TridiagonalThomas() {
    }

    /**
     * @param band A, half-bandwidth ≤ 1
     * @param rhs b, not modified
     * @return x
     * @throws ArithmeticException when a pivot is not &gt; 0: A is not positive definite
     */
    public static double[] solve(Band band, double[] rhs) {
        int n = band.size();
        double[] inversePivot = new double[n];
        double[] x = new double[n];
        if (band.isStencil()) {
            // constant coefficients: the loops read no band storage
            constant(band.upper(0, 0), band.bandwidth() >= 1 ? band.upper(0, 1) : 0.0, rhs, inversePivot, x);
        } else {
            double[][] d = band.diagonals();
            diagonals(d[0], band.bandwidth() >= 1 ? d[1] : new double[n - 1], rhs, inversePivot, x);
        }
        return x;
    }

    /** The factorisation and the two sweeps for a_i = a, b_i = b. */
    private static void constant(double a, double b, double[] rhs, double[] inversePivot, double[] x) {
        int n = x.length;
        requirePositive(a, 0);
        inversePivot[0] = 1.0 / a;
        x[0] = rhs[0];
        double l = b * inversePivot[0];
        for (int i = 1; i < n; i++) {
            // d_i = a_i − b_{i−1}²/d_{i−1}
            double pivot = a - l * b;
            requirePositive(pivot, i);
            inversePivot[i] = 1.0 / pivot;
            // y_i = r_i − l_i·y_{i−1}
            x[i] = rhs[i] - l * x[i - 1];
            l = b * inversePivot[i];
        }
        x[n - 1] *= inversePivot[n - 1];
        for (int i = n - 2; i >= 0; i--) {
            // x_i = (y_i − b_i·x_{i+1})/d_i
            x[i] = (x[i] - b * x[i + 1]) * inversePivot[i];
        }
    }

    /** The same for the diagonals a_i = diagonal[i], b_i = off[i]. */
    private static void diagonals(double[] diagonal, double[] off, double[] rhs, double[] inversePivot,
            double[] x) {
        int n = x.length;
        requirePositive(diagonal[0], 0);
        inversePivot[0] = 1.0 / diagonal[0];
        x[0] = rhs[0];
        for (int i = 1; i < n; i++) {
            double b = off[i - 1];
            double l = b * inversePivot[i - 1];
            // d_i = a_i − b_{i−1}²/d_{i−1}
            double pivot = diagonal[i] - l * b;
            requirePositive(pivot, i);
            inversePivot[i] = 1.0 / pivot;
            // y_i = r_i − l_i·y_{i−1}
            x[i] = rhs[i] - l * x[i - 1];
        }
        x[n - 1] *= inversePivot[n - 1];
        for (int i = n - 2; i >= 0; i--) {
            // x_i = (y_i − b_i·x_{i+1})/d_i
            x[i] = (x[i] - off[i] * x[i + 1]) * inversePivot[i];
        }
    }

    private static void requirePositive(double pivot, int i) {
        if (!(pivot > 0) || !Double.isFinite(pivot)) {
            throw new ArithmeticException("the matrix is not positive definite: pivot " + i + " of its LDLᵀ"
                    + " factorisation is " + pivot);
        }
    }
}
