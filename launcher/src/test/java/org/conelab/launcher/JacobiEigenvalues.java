package org.conelab.launcher;

import java.util.Arrays;

/**
 * Eigenvalues of a real symmetric matrix by the cyclic Jacobi method (Rutishauser's rotations),
 * written for the tests as a reference independent of every conelab solver. On a matrix
 * S = D·K·D with D diagonal and K well conditioned it finds even the smallest eigenvalues to high
 * relative accuracy (Demmel and Veselić, 1992), which is what κ = λ_max/λ_min needs.
 */
final class JacobiEigenvalues {

    private static final int MAX_SWEEPS = 60;

    private JacobiEigenvalues() {
    }

    /**
     * @param matrix a symmetric matrix (not modified)
     * @return its eigenvalues in ascending order
     * @throws AssertionError when the sweeps do not converge
     */
    static double[] of(double[][] matrix) {
        int n = matrix.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean rotated = false;
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotated |= rotate(a, p, q);
                }
            }
            if (!rotated) {
                double[] values = new double[n];
                for (int i = 0; i < n; i++) {
                    values[i] = a[i][i];
                }
                Arrays.sort(values);
                return values;
            }
        }
        throw new AssertionError("Jacobi did not converge in " + MAX_SWEEPS + " sweeps");
    }

    /** Annihilates a[p][q] unless it is already negligible against both diagonal entries; @return whether it rotated. */
    private static boolean rotate(double[][] a, int p, int q) {
        double apq = a[p][q];
        if (apq == 0.0 || Math.abs(apq) <= 1e-18 * Math.sqrt(Math.abs(a[p][p]) * Math.abs(a[q][q]))) {
            a[p][q] = 0.0;
            a[q][p] = 0.0;
            return false;
        }
        double theta = (a[q][q] - a[p][p]) / (2.0 * apq);
        double t = Math.signum(theta == 0.0 ? 1.0 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1.0));
        double c = 1.0 / Math.sqrt(t * t + 1.0);
        double s = t * c;
        int n = a.length;
        for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < n; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
        }
        a[p][q] = 0.0;
        a[q][p] = 0.0;
        return true;
    }
}
