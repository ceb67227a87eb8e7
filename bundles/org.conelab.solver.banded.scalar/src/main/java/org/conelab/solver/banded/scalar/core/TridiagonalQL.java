package org.conelab.solver.banded.scalar.core;

import java.util.Arrays;

/**
 * All eigenvalues of a symmetric tri-diagonal matrix by the implicit QL algorithm with Wilkinson
 * shifts, without eigenvectors: O(n²) time (about two QL sweeps per eigenvalue, each over the
 * unreduced block), O(n) memory. The algorithm of EISPACK {@code tql1} (Bowdler, Martin,
 * Reinsch &amp; Wilkinson, Numer. Math. 11, 1968) in the form of JAMA's {@code tql2} without
 * the vector updates.
 *
 * <p>An off-diagonal e_m is treated as zero when |e_m| ≤ ε·max_{k ≤ l}(|d_k| + |e_k|); the
 * eigenvalues are backward stable, each within a small multiple of ε·‖T‖₂ of the exact one.
 */
public final class TridiagonalQL {

    /** QL iterations allowed per eigenvalue before giving up (two or three are typical). */
    static final int MAX_ITERATIONS_PER_EIGENVALUE = 60;

    private static final double EPSILON = Math.ulp(1.0);

    private TridiagonalQL() {
    }

    /**
     * @param diagonal d_0 … d_{n−1}, not modified
     * @param offDiagonal e_0 … e_{n−2} with e_i = T(i, i+1), not modified
     * @return the n eigenvalues, ascending
     * @throws ArithmeticException when an eigenvalue does not converge (non-finite input)
     */
    public static double[] eigenvalues(double[] diagonal, double[] offDiagonal) {
        int n = diagonal.length;
        double[] d = diagonal.clone();
        double[] e = new double[n];
        System.arraycopy(offDiagonal, 0, e, 0, n - 1);
        double f = 0.0;
        double tst1 = 0.0;
        for (int l = 0; l < n; l++) {
            tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
            int m = l;
            while (m < n - 1 && Math.abs(e[m]) > EPSILON * tst1) {
                m++;
            }
            int iterations = 0;
            while (m > l && Math.abs(e[l]) > EPSILON * tst1) {
                if (++iterations > MAX_ITERATIONS_PER_EIGENVALUE) {
                    throw new ArithmeticException("implicit QL did not converge for eigenvalue " + l
                            + " (non-finite entries?)");
                }
                // Wilkinson shift from the leading 2×2 block
                double g = d[l];
                double p = (d[l + 1] - g) / (2.0 * e[l]);
                double r = Math.copySign(hypot(p, 1.0), p);
                d[l] = e[l] / (p + r);
                d[l + 1] = e[l] * (p + r);
                double dl1 = d[l + 1];
                double h = g - d[l];
                for (int i = l + 2; i < n; i++) {
                    d[i] -= h;
                }
                f += h;
                // implicit QL sweep from m − 1 down to l
                p = d[m];
                double c = 1.0;
                double c2 = c;
                double c3 = c;
                double el1 = e[l + 1];
                double s = 0.0;
                double s2 = 0.0;
                for (int i = m - 1; i >= l; i--) {
                    c3 = c2;
                    c2 = c;
                    s2 = s;
                    g = c * e[i];
                    h = c * p;
                    r = hypot(p, e[i]);
                    e[i + 1] = s * r;
                    s = e[i] / r;
                    c = p / r;
                    p = c * d[i] - s * g;
                    d[i + 1] = h + s * (c * g + s * d[i]);
                }
                p = -s * s2 * c3 * el1 * e[l] / dl1;
                e[l] = s * p;
                d[l] = c * p;
            }
            d[l] += f;
            e[l] = 0.0;
        }
        Arrays.sort(d);
        return d;
    }

    /** √(a² + b²) without the slowness of {@link Math#hypot} where no overflow or underflow threatens. */
    static double hypot(double a, double b) {
        double big = Math.max(Math.abs(a), Math.abs(b));
        if (big > 1e-150 && big < 1e150) {
            return Math.sqrt(a * a + b * b);
        }
        return Math.hypot(a, b);
    }
}
