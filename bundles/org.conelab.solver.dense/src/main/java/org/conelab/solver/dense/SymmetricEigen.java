package org.conelab.solver.dense;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The eigen-decomposition S = Q·Λ·Qᵀ of a real symmetric matrix by EJML's symmetric QR
 * algorithm (Householder reduction to tri-diagonal form, then implicit QR steps; Golub and
 * Van Loan, §8.3), O(n³). Eigenvalues are returned ascending; column k of Q is the unit
 * eigenvector of the k-th one.
 *
 * <p>The computed eigenvalues are those of S + E with ‖E‖₂ = O(n·ε·‖S‖₂), so each is within
 * that of an exact one (Weyl); eigenvectors of close eigenvalues are correspondingly less
 * accurate. Public for tests and cross-checks inside this bundle; not an exported API.
 */
public final class SymmetricEigen {

    private final double[] values;
    private final DMatrixRMaj vectors;

    private SymmetricEigen(double[] values, DMatrixRMaj vectors) {
        this.values = values;
        this.vectors = vectors;
    }

    /**
     * @param s a symmetric n×n matrix; only its values are read (it may be overwritten)
     * @return every eigenvalue of s, ascending
     * @throws ArithmeticException when the QR iteration does not converge
     */
    public static double[] values(DMatrixRMaj s) {
        EigenDecomposition_F64<DMatrixRMaj> eig = decompose(s, false);
        double[] values = new double[s.numRows];
        for (int k = 0; k < values.length; k++) {
            values[k] = eig.getEigenvalue(k).getReal();
        }
        Arrays.sort(values);
        return values;
    }

    /**
     * @param s a symmetric n×n matrix; only its values are read (it may be overwritten)
     * @return its eigenvalues, ascending, with orthonormal eigenvectors
     * @throws ArithmeticException when the QR iteration does not converge
     */
    public static SymmetricEigen of(DMatrixRMaj s) {
        int n = s.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = decompose(s, true);
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(k -> eig.getEigenvalue(k).getReal()));
        double[] values = new double[n];
        DMatrixRMaj vectors = new DMatrixRMaj(n, n);
        for (int k = 0; k < n; k++) {
            values[k] = eig.getEigenvalue(order[k]).getReal();
            DMatrixRMaj v = eig.getEigenVector(order[k]);
            for (int i = 0; i < n; i++) {
                vectors.unsafe_set(i, k, v.get(i));
            }
        }
        return new SymmetricEigen(values, vectors);
    }

    private static EigenDecomposition_F64<DMatrixRMaj> decompose(DMatrixRMaj s, boolean needVectors) {
        if (s.numRows != s.numCols) {
            throw new IllegalArgumentException("not square: " + s.numRows + "×" + s.numCols);
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(s.numRows, needVectors, true);
        if (!eig.decompose(s)) {
            throw new ArithmeticException("the symmetric QR algorithm did not converge (n = " + s.numRows + ")");
        }
        return eig;
    }

    /** @return n */
    public int size() {
        return values.length;
    }

    /** @return the eigenvalues λ_0 ≤ … ≤ λ_{n−1} (a copy) */
    public double[] values() {
        return values.clone();
    }

    /** @return the unit eigenvector of λ_k (a copy) */
    public double[] vector(int k) {
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = vectors.unsafe_get(i, k);
        }
        return v;
    }

    /** @return Q, column k the eigenvector of λ_k (a copy) */
    public DMatrixRMaj vectors() {
        return vectors.copy();
    }
}
