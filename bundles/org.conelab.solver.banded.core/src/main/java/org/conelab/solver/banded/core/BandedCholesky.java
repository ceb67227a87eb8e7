package org.conelab.solver.banded.core;

/**
 * Cholesky factorisation A = L·Lᵀ of a symmetric positive definite band matrix in band storage,
 * and the two triangular solves. L has the half-bandwidth R of A, so L is stored as
 * (R + 1)·n doubles, {@code l[i·(R+1) + k] = L(i, i − k)}:
 *
 * <pre>
 *   L(i, j) = (A(i, j) − Σ_{m = max(0, i−R)}^{j−1} L(i, m)·L(j, m)) / L(j, j),   i − R ≤ j &lt; i
 *   L(i, i) = √(A(i, i) − Σ_{m = max(0, i−R)}^{i−1} L(i, m)²)
 * </pre>
 *
 * O(n·R²) time. Backward stable for SPD A without pivoting; A is SPD exactly when every
 * radicand is &gt; 0. Reference: Golub &amp; Van Loan, Matrix Computations, 4th ed., §4.3.5.
 */
public final class BandedCholesky {

    private final int size;
    private final int bandwidth;
    private final double[] factor;

    private BandedCholesky(int size, int bandwidth, double[] factor) {
        this.size = size;
        this.bandwidth = bandwidth;
        this.factor = factor;
    }

    /** @return the doubles the factor of an n×n matrix of half-bandwidth R takes */
    public static double factorDoubles(int n, int r) {
        return (double) n * (r + 1);
    }

    /**
     * @param band A
     * @return its factor
     * @throws ArithmeticException when A is not positive definite
     */
    public static BandedCholesky factor(Band band) {
        int n = band.size();
        int r = band.bandwidth();
        int width = r + 1;
        double[] l = new double[n * width];
        for (int i = 0; i < n; i++) {
            int start = Math.max(0, i - r);
            for (int j = start; j <= i; j++) {
                // s = A(i, j) − Σ_m L(i, m)·L(j, m)
                double s = band.upper(j, i - j);
                for (int m = start; m < j; m++) {
                    s -= l[i * width + i - m] * l[j * width + j - m];
                }
                if (j < i) {
                    l[i * width + i - j] = s / l[j * width];
                } else if (s > 0 && Double.isFinite(s)) {
                    l[i * width] = Math.sqrt(s);
                } else {
                    throw new ArithmeticException("the matrix is not positive definite: the Cholesky radicand of row "
                            + i + " is " + s);
                }
            }
        }
        return new BandedCholesky(n, r, l);
    }

    /**
     * Solves L·Lᵀ·x = b.
     *
     * @param rhs b, not modified
     * @return x
     */
    public double[] solve(double[] rhs) {
        int n = size;
        int r = bandwidth;
        int width = r + 1;
        double[] x = rhs.clone();
        for (int i = 0; i < n; i++) {
            // y_i = (b_i − Σ_m L(i, m)·y_m) / L(i, i)
            double s = x[i];
            for (int m = Math.max(0, i - r); m < i; m++) {
                s -= factor[i * width + i - m] * x[m];
            }
            x[i] = s / factor[i * width];
        }
        for (int i = n - 1; i >= 0; i--) {
            // x_i = (y_i − Σ_m L(m, i)·x_m) / L(i, i)
            double s = x[i];
            int last = Math.min(n - 1, i + r);
            for (int m = i + 1; m <= last; m++) {
                s -= factor[m * width + m - i] * x[m];
            }
            x[i] = s / factor[i * width];
        }
        return x;
    }
}
