package org.conelab.kernel.graph;

import java.util.Arrays;
import org.conelab.api.graph.Graph;
import org.conelab.api.matrix.SparseMatrix;

/**
 * The lazy normalised adjacency M = (I + N)/2 with N = D^−½ A D^−½ of an unweighted graph:
 * M(i, i) = ½, M(i, j) = 1/(2·√(d_i·d_j)) for each edge i ~ j, 0 elsewhere (d_i the degree; an
 * isolated node has only M(i, i) = ½). N is similar to the random-walk matrix D^−1 A, whose
 * eigenvalues lie in [−1, 1], so the eigenvalues of M lie in [0, 1].
 */
final class LazyWalk {

    private LazyWalk() {
    }

    /** @return M in CSR form with both triangles, columns ascending */
    static SparseMatrix of(Graph graph) {
        int n = graph.size();
        int[][] adjacent = new int[n][];
        long entries = n;
        for (int i = 0; i < n; i++) {
            adjacent[i] = graph.neighbours(i).clone();
            Arrays.sort(adjacent[i]);
            entries += adjacent[i].length;
        }
        if (entries > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("graph too large for CSR storage: " + entries + " entries");
        }
        int[] rowStart = new int[n + 1];
        int[] columns = new int[(int) entries];
        double[] values = new double[(int) entries];
        int p = 0;
        for (int i = 0; i < n; i++) {
            double di = adjacent[i].length;
            boolean diagonalDone = false;
            for (int j : adjacent[i]) {
                if (!diagonalDone && j > i) {
                    columns[p] = i;
                    values[p++] = 0.5;
                    diagonalDone = true;
                }
                columns[p] = j;
                // M_ij = ½·A_ij/√(d_i d_j)
                values[p++] = 0.5 / Math.sqrt(di * adjacent[j].length);
            }
            if (!diagonalDone) {
                columns[p] = i;
                values[p++] = 0.5;
            }
            rowStart[i + 1] = p;
        }
        return new SparseMatrix(n, rowStart, columns, values);
    }
}
