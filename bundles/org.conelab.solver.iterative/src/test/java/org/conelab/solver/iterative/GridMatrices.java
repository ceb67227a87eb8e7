package org.conelab.solver.iterative;

import java.util.Arrays;
import org.conelab.api.matrix.SparseMatrix;

/** Sparse kernels on an L×L grid (4 neighbours) in CSR form, node (r, c) at index r·L + c. */
final class GridMatrices {

    private GridMatrices() {
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
}
