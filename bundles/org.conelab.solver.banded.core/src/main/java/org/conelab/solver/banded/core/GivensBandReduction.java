package org.conelab.solver.banded.core;

import org.conelab.numeric.Hypot;

/**
 * Reduces a symmetric band matrix of half-bandwidth R to tri-diagonal form by Givens rotations
 * with bulge chasing (Rutishauser 1963; Schwarz, Numer. Math. 12, 1968), working in band
 * storage: an orthogonal similarity, so the eigenvalues are unchanged.
 *
 * <p>The bandwidth is lowered one diagonal at a time, b = R … 2. Entry A(i + b, i) is
 * annihilated by a rotation in the plane (i + b − 1, i + b); that fills A(i + 2b, i + b − 1),
 * one outside the band, which the next rotation, in the plane (i + 2b − 1, i + 2b), annihilates,
 * and so on to the end of the matrix. A rotation touches O(b) entries, a chase n/b rotations,
 * so each round costs O(n²) and the reduction O(n²·R) time and (R + 2)·n doubles: the band
 * and room for the bulge, {@code band[i·(R+2) + k] = A(i, i − k)}.
 */
public final class GivensBandReduction {

    private final int size;
    private final int stride;
    private final double[] band;

    private GivensBandReduction(int size, int bandwidth) {
        this.size = size;
        this.stride = bandwidth + 2;
        this.band = new double[size * stride];
    }

    /** @return the doubles the work storage of an n×n matrix of half-bandwidth R takes */
    public static double workDoubles(int n, int r) {
        return (double) n * (r + 2);
    }

    /**
     * @param matrix S
     * @return {diagonal, off-diagonal} of a tri-diagonal matrix orthogonally similar to S
     */
    public static double[][] tridiagonal(SimilarBand matrix) {
        int n = matrix.size();
        int r = matrix.bandwidth();
        GivensBandReduction work = new GivensBandReduction(n, r);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k <= Math.min(r, i); k++) {
                work.set(i, i - k, matrix.upper(i - k, k));
            }
        }
        for (int b = r; b >= 2; b--) {
            for (int i = 0; i + b < n; i++) {
                int column = i;
                int row = i + b;
                // annihilate A(row, column), then chase the bulge it leaves b rows further down
                while (row < n && work.rotate(row - 1, row, column, b)) {
                    column = row - 1;
                    row += b;
                }
            }
        }
        double[] diagonal = new double[n];
        double[] off = new double[Math.max(n - 1, 0)];
        for (int i = 0; i < n; i++) {
            diagonal[i] = work.get(i, i);
            if (i + 1 < n) {
                off[i] = work.get(i + 1, i);
            }
        }
        return new double[][] {diagonal, off};
    }

    /**
     * Applies the rotation G in the plane (p, q = p + 1) that annihilates A(q, column), as
     * A ← G·A·Gᵀ.
     *
     * @return false when A(q, column) is already zero (nothing to do, no bulge)
     */
    private boolean rotate(int p, int q, int column, int b) {
        double x = get(q, column);
        if (x == 0.0) {
            return false;
        }
        double y = get(p, column);
        double radius = Hypot.of(x, y);
        double c = y / radius;
        double s = x / radius;
        int first = Math.max(0, p - b - 1);
        int last = Math.min(size - 1, q + b);
        for (int j = first; j <= last; j++) {
            if (j == p || j == q) {
                continue;
            }
            double apj = get(p, j);
            double aqj = get(q, j);
            // (A_pj, A_qj) ← (c·A_pj + s·A_qj, −s·A_pj + c·A_qj)
            set(p, j, c * apj + s * aqj);
            set(q, j, -s * apj + c * aqj);
        }
        double app = get(p, p);
        double aqq = get(q, q);
        double apq = get(q, p);
        // the 2×2 block G·[app apq; apq aqq]·Gᵀ
        set(p, p, c * c * app + 2 * c * s * apq + s * s * aqq);
        set(q, q, s * s * app - 2 * c * s * apq + c * c * aqq);
        set(q, p, (c * c - s * s) * apq + c * s * (aqq - app));
        set(q, column, 0.0);
        return true;
    }

    private double get(int i, int j) {
        int hi = Math.max(i, j);
        int k = Math.abs(i - j);
        return k < stride ? band[hi * stride + k] : 0.0;
    }

    private void set(int i, int j, double value) {
        int hi = Math.max(i, j);
        int k = Math.abs(i - j);
        if (k < stride) {
            band[hi * stride + k] = value;
        } else if (value != 0.0) {
            throw new IllegalStateException("band reduction filled A(" + i + ", " + j + ") outside the band");
        }
    }
}
