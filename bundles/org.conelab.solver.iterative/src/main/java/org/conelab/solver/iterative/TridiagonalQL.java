package org.conelab.solver.iterative;

import java.util.Arrays;

/**
 * Eigenvalues of a symmetric tri-diagonal matrix T by the implicit QL algorithm with Wilkinson
 * shifts (EISPACK {@code tql2}; Bowdler, Martin, Reinsch and Wilkinson 1968, as in JAMA), in
 * O(k²) for order k.
 *
 * <p>Instead of the whole eigenvector matrix Z (T = Z·Λ·Zᵀ), it can accumulate a single row of
 * Z, in O(1) per plane rotation: row k−1 gives s_i, the last component of each eigenvector,
 * which Lanczos needs for its residual bounds |β_k·s_i| (Golub and Welsch use row 0 the same
 * way). A sub-diagonal entry below ε·‖T‖ splits the matrix, so exact zeros (blocks) are fine.
 */
final class TridiagonalQL {

    /** Unit round-off 2⁻⁵²: the split test |e_m| ≤ ε·(|d_l| + |e_l|) of {@code tql2}. */
    private static final double EPSILON = Math.ulp(1.0);
    /** QL sweeps allowed per eigenvalue before giving up (EISPACK allows 30). */
    private static final int MAX_SWEEPS_PER_EIGENVALUE = 60;

    /** The eigenvalues, ascending, and row {@code row} of the eigenvector matrix in the same order. */
    record Decomposition(double[] values, double[] row) {
    }

    private TridiagonalQL() {
    }

    /**
     * @param diagonal T(i, i), i = 0 … k−1 (not modified)
     * @param offDiagonal T(i, i+1), i = 0 … k−2 (entries from k−1 on are ignored; not modified)
     * @param order k ≥ 1
     * @return the eigenvalues of T, ascending
     */
    static double[] eigenvalues(double[] diagonal, double[] offDiagonal, int order) {
        return decompose(diagonal, offDiagonal, order, -1).values();
    }

    /**
     * @param diagonal T(i, i), i = 0 … k−1 (not modified)
     * @param offDiagonal T(i, i+1), i = 0 … k−2 (not modified)
     * @param order k ≥ 1
     * @param row the row of Z to accumulate, 0 … k−1, or −1 for none
     * @return eigenvalues ascending and Z(row, ·) in the same order (empty when row is −1)
     * @throws ArithmeticException when QL does not converge (only for non-finite input)
     */
    static Decomposition decompose(double[] diagonal, double[] offDiagonal, int order, int row) {
        int n = order;
        double[] d = Arrays.copyOf(diagonal, n);
        double[] e = new double[n];
        System.arraycopy(offDiagonal, 0, e, 0, n - 1);
        double[] z = new double[row >= 0 ? n : 0];
        if (row >= 0) {
            z[row] = 1.0;
        }
        double shiftSum = 0.0;
        double norm = 0.0;
        for (int l = 0; l < n; l++) {
            norm = Math.max(norm, Math.abs(d[l]) + Math.abs(e[l]));
            int m = l;
            while (m < n - 1 && Math.abs(e[m]) > EPSILON * norm) {
                m++;
            }
            int sweeps = 0;
            while (m > l) {
                if (++sweeps > MAX_SWEEPS_PER_EIGENVALUE) {
                    throw new ArithmeticException("tri-diagonal QL did not converge for eigenvalue " + l
                            + " (non-finite entries?)");
                }
                // Wilkinson shift from the leading 2×2 block
                double g = d[l];
                double p = (d[l + 1] - g) / (2.0 * e[l]);
                double r = Math.hypot(p, 1.0);
                if (p < 0) {
                    r = -r;
                }
                d[l] = e[l] / (p + r);
                d[l + 1] = e[l] * (p + r);
                double dl1 = d[l + 1];
                double h = g - d[l];
                for (int i = l + 2; i < n; i++) {
                    d[i] -= h;
                }
                shiftSum += h;
                // implicit QL sweep from m up to l by plane rotations
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
                    r = Math.hypot(p, e[i]);
                    e[i + 1] = s * r;
                    s = e[i] / r;
                    c = p / r;
                    p = c * d[i] - s * g;
                    d[i + 1] = h + s * (c * g + s * d[i]);
                    if (row >= 0) {
                        // Z ← Z·G(i, i+1), restricted to the tracked row
                        h = z[i + 1];
                        z[i + 1] = s * z[i] + c * h;
                        z[i] = c * z[i] - s * h;
                    }
                }
                p = -s * s2 * c3 * el1 * e[l] / dl1;
                e[l] = s * p;
                d[l] = c * p;
                if (Math.abs(e[l]) <= EPSILON * norm) {
                    break;
                }
            }
            d[l] += shiftSum;
            e[l] = 0.0;
        }
        return sorted(d, z);
    }

    private static Decomposition sorted(double[] d, double[] z) {
        int n = d.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(d[a], d[b]));
        double[] values = new double[n];
        double[] row = new double[z.length];
        for (int i = 0; i < n; i++) {
            values[i] = d[order[i]];
            if (z.length > 0) {
                row[i] = z[order[i]];
            }
        }
        return new Decomposition(values, row);
    }
}
