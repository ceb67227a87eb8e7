package org.conelab.testsupport;

import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.SparseMatrix;

/** Full n×n entry arrays stored in the API's storage structures. */
public final class Storage {

    private Storage() {
    }

    /** @return the entries in compressed sparse row form, exact zeros left out, columns ascending */
    public static SparseMatrix sparse(double[][] a) {
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
    public static DenseMatrix dense(double[][] a) {
        int n = a.length;
        double[] values = new double[n * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, values, i * n, n);
        }
        return new DenseMatrix(n, values);
    }
}
