package org.conelab.testsupport;

import java.util.Arrays;
import org.conelab.api.matrix.SymmetricMatrix;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Dense references: every entry of a {@link SymmetricMatrix} read through
 * {@link SymmetricMatrix#entry} (so a storage bug shows as a wrong entry, not a wrong product), and
 * the eigenvalues of a dense symmetric matrix from EJML's symmetric QR algorithm, independent of the
 * solvers under test. O(n²) memory, O(n³) time: for n up to a few thousand.
 */
public final class DenseReference {

    private DenseReference() {
    }

    /** @return the n×n array of A(i, j) for every i and j (not mirrored: both triangles are read) */
    public static double[][] entries(SymmetricMatrix matrix) {
        int n = matrix.size();
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = matrix.entry(i, j);
            }
        }
        return a;
    }

    /** @return the same entries as {@link #entries} in an EJML row-major matrix */
    public static DMatrixRMaj ejml(SymmetricMatrix matrix) {
        int n = matrix.size();
        DMatrixRMaj dense = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                dense.unsafe_set(i, j, matrix.entry(i, j));
            }
        }
        return dense;
    }

    /**
     * @param symmetric a symmetric matrix, not modified
     * @return its eigenvalues, ascending
     * @throws AssertionError when EJML fails or returns an eigenvalue with a non-zero imaginary part
     */
    public static double[] eigenvalues(DMatrixRMaj symmetric) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(symmetric.numRows, false, true);
        if (!eig.decompose(symmetric.copy())) {
            throw new AssertionError("EJML eigen decomposition failed");
        }
        double[] values = new double[symmetric.numRows];
        for (int k = 0; k < values.length; k++) {
            if (eig.getEigenvalue(k).getImaginary() != 0.0) {
                throw new AssertionError("EJML returned the complex eigenvalue " + eig.getEigenvalue(k));
            }
            values[k] = eig.getEigenvalue(k).getReal();
        }
        Arrays.sort(values);
        return values;
    }

    /** @return the eigenvalues of S = W^½KW^½, ascending, by EJML on the dense S */
    public static double[] eigenvaluesOfS(SymmetricMatrix kernel, double[] weights) {
        double[][] k = entries(kernel);
        int n = k.length;
        double[] s = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i * n + j] = Math.sqrt(weights[i]) * k[i][j] * Math.sqrt(weights[j]);
            }
        }
        return eigenvalues(new org.conelab.api.matrix.DenseMatrix(n, s));
    }

    /** @return the eigenvalues of the matrix, ascending: {@code eigenvalues(ejml(matrix))} */
    public static double[] eigenvalues(SymmetricMatrix matrix) {
        return eigenvalues(ejml(matrix));
    }

    /** @return max_ij |A(i, j)| */
    public static double maxAbs(DMatrixRMaj matrix) {
        double max = 0;
        for (int p = 0; p < matrix.getNumElements(); p++) {
            max = Math.max(max, Math.abs(matrix.data[p]));
        }
        return max;
    }
}
