package org.conelab.kernel.graph;

import java.util.Arrays;
import org.conelab.api.matrix.SymmetricMatrix;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/** Dense EJML references for the tests. */
final class Dense {

    private Dense() {
    }

    /** @return the n×n copy of every entry K(i, j), read through {@link SymmetricMatrix#entry} */
    static DMatrixRMaj copy(SymmetricMatrix k) {
        int n = k.size();
        DMatrixRMaj dense = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                dense.unsafe_set(i, j, k.entry(i, j));
            }
        }
        return dense;
    }

    /** @return the eigenvalues of a symmetric matrix, ascending */
    static double[] eigenvalues(DMatrixRMaj symmetric) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(symmetric.numRows, false, true);
        if (!eig.decompose(symmetric.copy())) {
            throw new AssertionError("EJML eigen decomposition failed");
        }
        double[] values = new double[symmetric.numRows];
        for (int k = 0; k < values.length; k++) {
            values[k] = eig.getEigenvalue(k).getReal();
        }
        Arrays.sort(values);
        return values;
    }
}
