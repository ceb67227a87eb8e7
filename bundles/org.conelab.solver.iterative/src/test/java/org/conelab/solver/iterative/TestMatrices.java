package org.conelab.solver.iterative;

import java.util.Arrays;
import java.util.Random;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;

/** Seeded test matrices in every storage structure, and plain-loop references. */
final class TestMatrices {

    private TestMatrices() {
    }

    /** @return the tri-diagonal Toeplitz matrix with α on the diagonal and β next to it */
    static StencilMatrix tridiagonal(int n, double alpha, double beta) {
        return new StencilMatrix(n, new double[] {alpha, beta});
    }

    /** @return λ_k = α + 2β·cos(kπ/(n+1)), k = 1 … n, ascending */
    static double[] toeplitzSpectrum(int n, double alpha, double beta) {
        double[] values = new double[n];
        for (int k = 1; k <= n; k++) {
            values[k - 1] = alpha + 2 * beta * Math.cos(k * Math.PI / (n + 1));
        }
        Arrays.sort(values);
        return values;
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

    /** @return A = B·Bᵀ + n·I for a random B: dense and SPD */
    static DenseMatrix randomSpd(int n, long seed) {
        Random random = new Random(seed);
        double[][] b = new double[n][n];
        for (double[] row : b) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextGaussian();
            }
        }
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = i == j ? n : 0.0;
                for (int k = 0; k < n; k++) {
                    sum += b[i][k] * b[j][k];
                }
                a[i * n + j] = sum;
            }
        }
        return new DenseMatrix(n, a);
    }

    /**
     * @return the 2-D grid Laplacian L = D − A of an L×L grid (4 neighbours) plus {@code shift}·I,
     *     as CSR with node (r, c) at index r·L + c
     */
    static SparseMatrix gridLaplacianPlusShift(int side, double shift) {
        int n = side * side;
        int[] rowStart = new int[n + 1];
        int[] columns = new int[5 * n];
        double[] values = new double[5 * n];
        int p = 0;
        for (int i = 0; i < n; i++) {
            rowStart[i] = p;
            int[] neighbours = gridNeighbours(side, i);
            int diagonalAt = -1;
            for (int j : sortedWithSelf(neighbours, i)) {
                columns[p] = j;
                if (j == i) {
                    diagonalAt = p;
                } else {
                    values[p] = -1.0;
                }
                p++;
            }
            values[diagonalAt] = neighbours.length + shift;
        }
        rowStart[n] = p;
        return new SparseMatrix(n, rowStart, Arrays.copyOf(columns, p), Arrays.copyOf(values, p));
    }

    /**
     * The 2-hop grid kernel K = B², B = (I + D^−½·A·D^−½)/2 on an L×L grid with 4 neighbours.
     * B has spectrum in [0, 1] with λ_max(B) = 1 (eigenvector D^½·1), so λ_max(K) = 1 exactly;
     * the grid is bipartite, so λ_min(K) = 0.
     */
    static SparseMatrix twoHopGridKernel(int side) {
        int n = side * side;
        double[] rootDegree = new double[n];
        for (int i = 0; i < n; i++) {
            rootDegree[i] = Math.sqrt(gridNeighbours(side, i).length);
        }
        // B in CSR
        int[] bStart = new int[n + 1];
        int[] bColumns = new int[5 * n];
        double[] bValues = new double[5 * n];
        int p = 0;
        for (int i = 0; i < n; i++) {
            bStart[i] = p;
            for (int j : sortedWithSelf(gridNeighbours(side, i), i)) {
                bColumns[p] = j;
                // B_ij = (δ_ij + A_ij / √(d_i d_j)) / 2
                bValues[p++] = j == i ? 0.5 : 0.5 / (rootDegree[i] * rootDegree[j]);
            }
        }
        bStart[n] = p;
        // K = B·B row by row with a dense accumulator
        int[] kStart = new int[n + 1];
        int[] kColumns = new int[13 * n];
        double[] kValues = new double[13 * n];
        double[] accumulator = new double[n];
        int[] touched = new int[25];
        int q = 0;
        for (int i = 0; i < n; i++) {
            kStart[i] = q;
            int count = 0;
            for (int a = bStart[i]; a < bStart[i + 1]; a++) {
                int m = bColumns[a];
                for (int b = bStart[m]; b < bStart[m + 1]; b++) {
                    int j = bColumns[b];
                    if (accumulator[j] == 0.0) {
                        touched[count++] = j;
                    }
                    // K_ij += B_im B_mj
                    accumulator[j] += bValues[a] * bValues[b];
                }
            }
            Arrays.sort(touched, 0, count);
            for (int c = 0; c < count; c++) {
                kColumns[q] = touched[c];
                kValues[q++] = accumulator[touched[c]];
                accumulator[touched[c]] = 0.0;
            }
        }
        kStart[n] = q;
        return new SparseMatrix(n, kStart, Arrays.copyOf(kColumns, q), Arrays.copyOf(kValues, q));
    }

    private static int[] gridNeighbours(int side, int i) {
        int r = i / side;
        int c = i % side;
        int[] out = new int[4];
        int count = 0;
        if (r > 0) {
            out[count++] = i - side;
        }
        if (c > 0) {
            out[count++] = i - 1;
        }
        if (c < side - 1) {
            out[count++] = i + 1;
        }
        if (r < side - 1) {
            out[count++] = i + side;
        }
        return Arrays.copyOf(out, count);
    }

    private static int[] sortedWithSelf(int[] neighbours, int i) {
        int[] all = Arrays.copyOf(neighbours, neighbours.length + 1);
        all[neighbours.length] = i;
        Arrays.sort(all);
        return all;
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

    /** @return a symmetric CSR matrix with about {@code perRow} random off-diagonal entries per row, diagonally dominant */
    static SparseMatrix randomSparse(int n, int perRow, long seed) {
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
            double off = 0;
            for (int j = 0; j < n; j++) {
                off += i == j ? 0 : Math.abs(a[i][j]);
            }
            a[i][i] = off + 1 + random.nextDouble();
        }
        return sparse(a);
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
        Arrays.fill(x, 1.0);
        return x;
    }

    /** @return A·x by the matrix's reference product */
    static double[] times(SymmetricMatrix a, double[] x) {
        double[] y = new double[x.length];
        a.apply(x, y);
        return y;
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
