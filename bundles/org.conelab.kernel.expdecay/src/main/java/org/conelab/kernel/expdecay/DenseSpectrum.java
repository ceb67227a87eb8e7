package org.conelab.kernel.expdecay;

import org.conelab.api.matrix.SymmetricMatrix;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Eigenvalues of small symmetric matrices by EJML's symmetric QR algorithm (Householder
 * tri-diagonalisation and implicit QR, Golub and Van Loan §8.3), O(n³): only for n ≤
 * {@value ExpDecayKernel#DENSE_LIMIT}.
 */
final class DenseSpectrum {

    private DenseSpectrum() {
    }

    /** @return the n×n dense copy of A, mirrored from the upper triangle */
    static DMatrixRMaj copy(SymmetricMatrix a) {
        int n = a.size();
        DMatrixRMaj dense = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double value = a.entry(i, j);
                dense.unsafe_set(i, j, value);
                dense.unsafe_set(j, i, value);
            }
        }
        return dense;
    }

    /** @return the smallest eigenvalue of A */
    static double smallest(SymmetricMatrix a) {
        return smallest(copy(a));
    }

    /** @return the smallest eigenvalue of a symmetric dense matrix (which may be overwritten) */
    static double smallest(DMatrixRMaj symmetric) {
        EigenDecomposition_F64<DMatrixRMaj> eig = decompose(symmetric, false);
        double smallest = Double.POSITIVE_INFINITY;
        for (int k = 0; k < symmetric.numRows; k++) {
            smallest = Math.min(smallest, eig.getEigenvalue(k).getReal());
        }
        return smallest;
    }

    /**
     * @param symmetric a symmetric matrix (may be overwritten)
     * @param vectors whether eigenvectors are wanted
     * @return its decomposition
     */
    static EigenDecomposition_F64<DMatrixRMaj> decompose(DMatrixRMaj symmetric, boolean vectors) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(symmetric.numRows, vectors, true);
        if (!eig.decompose(symmetric)) {
            throw new ArithmeticException("the symmetric QR algorithm did not converge (n = " + symmetric.numRows + ")");
        }
        return eig;
    }
}
