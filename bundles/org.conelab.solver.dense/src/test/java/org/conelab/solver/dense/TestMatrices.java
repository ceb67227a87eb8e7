package org.conelab.solver.dense;

import java.util.Random;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;

/** Seeded test matrices in every storage structure, and full copies for independent references. */
final class TestMatrices {

    private TestMatrices() {
    }

    /** @return the tri-diagonal Toeplitz matrix with α on the diagonal and β next to it */
    static StencilMatrix tridiagonal(int n, double alpha, double beta) {
        return new StencilMatrix(n, new double[] {alpha, beta});
    }

    /** @return a symmetric band matrix of half-bandwidth R, strictly diagonally dominant, hence SPD */
    static BandedMatrix randomBanded(int n, int r, long seed) {
        Random random = new Random(seed);
        double[][] diagonals = new double[r + 1][];
        for (int k = 0; k <= r; k++) {
            diagonals[k] = new double[Math.max(n - k, 0)];
            for (int i = 0; i < diagonals[k].length; i++) {
                diagonals[k][i] = k == 0 ? 2 * r + 1 + random.nextDouble() : 2 * random.nextDouble() - 1;
            }
        }
        return new BandedMatrix(n, diagonals);
    }

    /** @return a symmetric matrix with about {@code perRow} random off-diagonal entries per row, SPD */
    static double[][] randomSparseEntries(int n, int perRow, long seed) {
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
            // strict diagonal dominance makes it SPD
            a[i][i] = offDiagonal + 1 + random.nextDouble();
        }
        return a;
    }

    /** @return A = B·Bᵀ + n·I for a random B: dense and SPD */
    static double[][] randomSpdEntries(int n, long seed) {
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
                    sum += b[i][k] * b[j][k];
                }
                a[i][j] = sum;
            }
        }
        return a;
    }

    /** @return the entries in compressed sparse row form, exact zeros left out */
    static SparseMatrix sparse(double[][] a) {
        int n = a.length;
        int[] rowStart = new int[n + 1];
        int count = 0;
        for (double[] row : a) {
            for (double value : row) {
                count += value != 0.0 ? 1 : 0;
            }
        }
        int[] columns = new int[count];
        double[] values = new double[count];
        int p = 0;
        for (int i = 0; i < n; i++) {
            rowStart[i] = p;
            for (int j = 0; j < n; j++) {
                if (a[i][j] != 0.0) {
                    columns[p] = j;
                    values[p++] = a[i][j];
                }
            }
        }
        rowStart[n] = p;
        return new SparseMatrix(n, rowStart, columns, values);
    }

    /** @return the entries in dense row-major storage */
    static DenseMatrix dense(double[][] a) {
        int n = a.length;
        double[] values = new double[n * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, values, i * n, n);
        }
        return new DenseMatrix(n, values);
    }

    /** @return every entry of A, read through {@link SymmetricMatrix#entry} */
    static double[][] entries(SymmetricMatrix matrix) {
        int n = matrix.size();
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = matrix.entry(i, j);
            }
        }
        return a;
    }

    /** @return IS weights w_i = 1/y_i² for log-normal targets y_i = exp(σ·g_i) */
    static double[] isWeights(int n, double sigma, long seed) {
        Random random = new Random(seed);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double y = Math.exp(sigma * random.nextGaussian());
            w[i] = 1 / (y * y);
        }
        return w;
    }

    /** @return n standard normal numbers */
    static double[] gaussian(int n, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextGaussian();
        }
        return x;
    }

    /** @return n ones */
    static double[] ones(int n) {
        double[] x = new double[n];
        java.util.Arrays.fill(x, 1.0);
        return x;
    }

    /** @return max_i |x_i| */
    static double maxNorm(double[] x) {
        double max = 0;
        for (double value : x) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }

    /** @return max_i |x_i − y_i| */
    static double maxDifference(double[] x, double[] y) {
        double max = 0;
        for (int i = 0; i < x.length; i++) {
            max = Math.max(max, Math.abs(x[i] - y[i]));
        }
        return max;
    }
}
