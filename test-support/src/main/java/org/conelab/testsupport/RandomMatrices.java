package org.conelab.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;

/**
 * Seeded random symmetric positive definite matrices. Every one is strictly diagonally dominant
 * or a Gram matrix plus a multiple of I, so SPD by construction (Gershgorin); the same seed gives
 * the same matrix on every run.
 */
public final class RandomMatrices {

    private RandomMatrices() {
    }

    /**
     * A banded matrix of half-bandwidth R (R ≥ n allowed: the diagonals beyond n − 1 are empty)
     * with off-diagonal entries uniform in [−½, ½) and A(i, i) = Σ_{j≠i} |A(i, j)| + ½ + u_i,
     * u_i uniform in [0, 1): strictly diagonally dominant, so λ_min ≥ ½.
     */
    public static BandedMatrix banded(int n, int r, long seed) {
        Random random = new Random(seed);
        double[][] d = new double[r + 1][];
        for (int k = 0; k <= r; k++) {
            d[k] = new double[Math.max(n - k, 0)];
            for (int i = 0; i < d[k].length; i++) {
                d[k][i] = k == 0 ? 0.0 : random.nextDouble() - 0.5;
            }
        }
        for (int i = 0; i < n; i++) {
            double radius = 0;
            for (int k = 1; k <= r; k++) {
                // the Gershgorin radius of row i: |A(i, i − k)| + |A(i, i + k)|
                radius += (i - k >= 0 ? Math.abs(d[k][i - k]) : 0) + (i + k < n ? Math.abs(d[k][i]) : 0);
            }
            d[0][i] = radius + 0.5 + random.nextDouble();
        }
        return new BandedMatrix(n, d);
    }

    /**
     * A Toeplitz stencil of half-bandwidth R with c_1 … c_R uniform in [−½, ½) and
     * c_0 = 2·Σ_k |c_k| + ½: strictly diagonally dominant, so λ_min ≥ ½.
     */
    public static StencilMatrix stencil(int n, int r, long seed) {
        Random random = new Random(seed);
        double[] c = new double[r + 1];
        double radius = 0;
        for (int k = 1; k <= r; k++) {
            c[k] = random.nextDouble() - 0.5;
            radius += 2 * Math.abs(c[k]);
        }
        c[0] = radius + 0.5;
        return new StencilMatrix(n, c);
    }

    /**
     * A stencil and a banded matrix for every (n, R) of {@code sizes} × {@code bandwidths}, in that
     * order, with seeds firstSeed, firstSeed + 1, …
     */
    public static List<SymmetricMatrix> stencilsAndBanded(int[] sizes, int[] bandwidths, long firstSeed) {
        List<SymmetricMatrix> all = new ArrayList<>();
        long seed = firstSeed;
        for (int n : sizes) {
            for (int r : bandwidths) {
                all.add(stencil(n, r, seed++));
                all.add(banded(n, r, seed++));
            }
        }
        return all;
    }

    /** @return the entries of A = B·Bᵀ + n·I for B with standard normal entries: dense and SPD */
    public static double[][] spdEntries(int n, long seed) {
        Random random = new Random(seed);
        double[][] b = new double[n][n];
        for (double[] row : b) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextGaussian();
            }
        }
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = i == j ? n : 0.0;
                for (int k = 0; k < n; k++) {
                    // A_ij = n·δ_ij + Σ_k B_ik B_jk
                    sum += b[i][k] * b[j][k];
                }
                a[i][j] = sum;
            }
        }
        return a;
    }

    /**
     * The entries of a symmetric matrix with about {@code perRow} random off-diagonal entries per
     * row, uniform in [−1, 1) at uniformly drawn columns, and A(i, i) = Σ_{j≠i} |A(i, j)| + 1 + u_i:
     * strictly diagonally dominant, so SPD with λ_min ≥ 1. Store it with {@link Storage#sparse}.
     */
    public static double[][] sparseEntries(int n, int perRow, long seed) {
        Random random = new Random(seed);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < perRow; p++) {
                int j = random.nextInt(n);
                if (j != i) {
                    double value = 2 * random.nextDouble() - 1;
                    a[i][j] = value;
                    a[j][i] = value;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            double offDiagonal = 0;
            for (int j = 0; j < n; j++) {
                offDiagonal += i == j ? 0 : Math.abs(a[i][j]);
            }
            a[i][i] = offDiagonal + 1 + random.nextDouble();
        }
        return a;
    }
}
