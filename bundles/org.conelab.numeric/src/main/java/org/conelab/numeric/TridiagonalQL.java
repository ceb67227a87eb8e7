package org.conelab.numeric;

import java.util.Arrays;

/**
 * Eigenvalues of a symmetric tri-diagonal matrix T of order k by the implicit QL algorithm with
 * Wilkinson shifts, optionally with one row of its eigenvector matrix: O(k²) time (about two QL
 * sweeps per eigenvalue, each over the unreduced block), O(k) memory. The algorithm of EISPACK
 * {@code tql1}/{@code tql2} (Bowdler, Martin, Reinsch &amp; Wilkinson, "The QR and QL algorithms
 * for symmetric matrices", Numer. Math. 11, 1968) in the form of JAMA's {@code tql2}.
 *
 * <p>Instead of the whole eigenvector matrix Z (T = Z·Λ·Zᵀ, Z orthogonal) it can accumulate a
 * single row r of Z, in O(1) per plane rotation: Z(r, i) is the r-th component of the i-th
 * eigenvector. Row k−1 gives the last components s_i that Lanczos needs for its residual
 * bounds |β_k·s_i| (Paige 1971; Golub &amp; Welsch 1969 use row 0 the same way for Gauss
 * quadrature). Without a row, no vector work is done. {@link #eigensystem} accumulates every row,
 * O(k) per rotation and O(k³) in all ({@code tql2}), for the Ritz vectors of Lanczos.
 *
 * <p>Deflation: an off-diagonal e_m is treated as zero when |e_m| ≤ ε·max_{j ≤ l}(|d_j| + |e_j|)
 * (the {@code tql2} test), so exact zeros split T into independent blocks. The eigenvalues are
 * backward stable, each within a small multiple of ε·‖T‖₂ of the exact one.
 */
public final class TridiagonalQL {

    /** QL sweeps allowed per eigenvalue before giving up (two or three are typical; EISPACK allows 30). */
    public static final int MAX_SWEEPS_PER_EIGENVALUE = 60;

    /** Unit round-off 2⁻⁵² of the deflation test. */
    private static final double EPSILON = Math.ulp(1.0);

    /**
     * The eigenvalues of T and one row of its eigenvector matrix.
     *
     * @param values the k eigenvalues λ_0 ≤ … ≤ λ_{k−1}, ascending
     * @param row Z(r, i) for i = 0 … k−1 in the order of {@code values} (each defined up to the sign of
     *     its eigenvector); empty when no row was asked for
     */
    public record Decomposition(double[] values, double[] row) {
    }

    /**
     * The eigenvalues of T with their eigenvectors.
     *
     * @param values the k eigenvalues, ascending
     * @param vectors {@code vectors[i]} the unit eigenvector (length k) of {@code values[i]}, defined up to sign
     */
    public record Eigensystem(double[] values, double[][] vectors) {
    }

    private TridiagonalQL() {
    }

    /**
     * @param diagonal d_0 … d_{k−1} with d_i = T(i, i), k = {@code diagonal.length} ≥ 1; not modified
     * @param offDiagonal e_0 … e_{k−2} with e_i = T(i, i+1); entries from k−1 on are ignored; not modified
     * @return the k eigenvalues, ascending
     * @throws ArithmeticException when an eigenvalue does not converge (not seen for finite input; NaN entries give NaN eigenvalues)
     */
    public static double[] eigenvalues(double[] diagonal, double[] offDiagonal) {
        return eigenvalues(diagonal, offDiagonal, diagonal.length);
    }

    /**
     * The eigenvalues of the leading k×k block, for callers that grow T in longer arrays.
     *
     * @param diagonal d_0 … d_{k−1}, possibly longer; not modified
     * @param offDiagonal e_0 … e_{k−2}, possibly longer (entries from k−1 on are ignored); not modified
     * @param order k ≥ 1
     * @return the k eigenvalues, ascending
     * @throws ArithmeticException when an eigenvalue does not converge (not seen for finite input; NaN entries give NaN eigenvalues)
     */
    public static double[] eigenvalues(double[] diagonal, double[] offDiagonal, int order) {
        double[] d = Arrays.copyOf(diagonal, order);
        iterate(d, offDiagonal, null);
        Arrays.sort(d);
        return d;
    }

    /**
     * The eigenvalues of the leading k×k block and row r of its eigenvector matrix Z.
     *
     * @param diagonal d_0 … d_{k−1}, possibly longer; not modified
     * @param offDiagonal e_0 … e_{k−2}, possibly longer (entries from k−1 on are ignored); not modified
     * @param order k ≥ 1
     * @param row r, 0 ≤ r &lt; k, the row of Z to accumulate; −1 for none (then as {@link #eigenvalues})
     * @return the eigenvalues ascending and Z(r, ·) in the same order
     * @throws IllegalArgumentException when {@code row} is outside −1 … k−1
     * @throws ArithmeticException when an eigenvalue does not converge (not seen for finite input; NaN entries give NaN eigenvalues)
     */
    public static Decomposition decompose(double[] diagonal, double[] offDiagonal, int order, int row) {
        if (row < -1 || row >= order) {
            throw new IllegalArgumentException("row " + row + " is outside -1 … " + (order - 1));
        }
        if (row < 0) {
            return new Decomposition(eigenvalues(diagonal, offDiagonal, order), new double[0]);
        }
        double[] d = Arrays.copyOf(diagonal, order);
        double[] z = new double[order];
        // Z starts as I: its row r is the unit vector e_r
        z[row] = 1.0;
        iterate(d, offDiagonal, new double[][] {z});
        return sorted(d, z);
    }

    /**
     * The eigenvalues of the leading k×k block and all its eigenvectors, O(k³).
     *
     * @param diagonal d_0 … d_{k−1}, possibly longer; not modified
     * @param offDiagonal e_0 … e_{k−2}, possibly longer (entries from k−1 on are ignored); not modified
     * @param order k ≥ 1
     * @return the eigenvalues ascending with their unit eigenvectors
     * @throws ArithmeticException when an eigenvalue does not converge (not seen for finite input)
     */
    public static Eigensystem eigensystem(double[] diagonal, double[] offDiagonal, int order) {
        double[] d = Arrays.copyOf(diagonal, order);
        double[][] z = new double[order][order];
        for (int r = 0; r < order; r++) {
            // Z starts as I
            z[r][r] = 1.0;
        }
        iterate(d, offDiagonal, z);
        Integer[] sortedOrder = ascending(d);
        double[] values = new double[order];
        double[][] vectors = new double[order][order];
        for (int i = 0; i < order; i++) {
            int source = sortedOrder[i];
            values[i] = d[source];
            for (int r = 0; r < order; r++) {
                // column i of Z is the eigenvector of λ_i
                vectors[i][r] = z[r][source];
            }
        }
        return new Eigensystem(values, vectors);
    }

    /**
     * Runs QL to convergence: on return d holds the eigenvalues, unsorted, and each array of
     * {@code rows} (when not null) the tracked row of Z in the same order.
     */
    private static void iterate(double[] d, double[] offDiagonal, double[][] rows) {
        int n = d.length;
        double[] e = new double[n];
        System.arraycopy(offDiagonal, 0, e, 0, n - 1);
        double shiftSum = 0.0;
        double norm = 0.0;
        for (int l = 0; l < n; l++) {
            norm = Math.max(norm, Math.abs(d[l]) + Math.abs(e[l]));
            int m = l;
            while (m < n - 1 && Math.abs(e[m]) > EPSILON * norm) {
                m++;
            }
            int sweeps = 0;
            while (m > l && Math.abs(e[l]) > EPSILON * norm) {
                if (++sweeps > MAX_SWEEPS_PER_EIGENVALUE) {
                    throw new ArithmeticException("implicit QL did not converge for eigenvalue " + l
                            + " (non-finite entries?)");
                }
                // Wilkinson shift from the leading 2×2 block
                double g = d[l];
                double p = (d[l + 1] - g) / (2.0 * e[l]);
                double r = Math.copySign(Hypot.of(p, 1.0), p);
                d[l] = e[l] / (p + r);
                d[l + 1] = e[l] * (p + r);
                double dl1 = d[l + 1];
                double h = g - d[l];
                for (int i = l + 2; i < n; i++) {
                    d[i] -= h;
                }
                shiftSum += h;
                // implicit QL sweep from m − 1 down to l by plane rotations G(i, i+1)
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
                    r = Hypot.of(p, e[i]);
                    e[i + 1] = s * r;
                    s = e[i] / r;
                    c = p / r;
                    p = c * d[i] - s * g;
                    d[i + 1] = h + s * (c * g + s * d[i]);
                    if (rows != null) {
                        for (double[] z : rows) {
                            // Z ← Z·G(i, i+1), restricted to the tracked rows
                            h = z[i + 1];
                            z[i + 1] = s * z[i] + c * h;
                            z[i] = c * z[i] - s * h;
                        }
                    }
                }
                p = -s * s2 * c3 * el1 * e[l] / dl1;
                e[l] = s * p;
                d[l] = c * p;
            }
            d[l] += shiftSum;
            e[l] = 0.0;
        }
    }

    /** @return the eigenvalues ascending with the row permuted alike */
    private static Decomposition sorted(double[] d, double[] z) {
        int n = d.length;
        Integer[] order = ascending(d);
        double[] values = new double[n];
        double[] row = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = d[order[i]];
            row[i] = z[order[i]];
        }
        return new Decomposition(values, row);
    }

    /** @return the indices of d in ascending order of their values */
    private static Integer[] ascending(double[] d) {
        Integer[] order = new Integer[d.length];
        for (int i = 0; i < d.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(d[a], d[b]));
        return order;
    }
}
