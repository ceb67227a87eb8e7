package org.conelab.benchmarks;

import org.conelab.api.matrix.StencilMatrix;
import org.conelab.testsupport.RandomVectors;
import org.conelab.testsupport.ToeplitzSpectrum;
import org.ejml.data.DMatrixSparseCSC;

/** The seeded problems the benchmarks share. */
final class Chains {

    /** The paper's tri-diagonal kernel: α on the diagonal, β next to it. */
    static final double ALPHA = 1.0;
    static final double BETA = 0.4;

    private Chains() {
    }

    /** @return the paper's tri-diagonal kernel (α, β) = ({@value #ALPHA}, {@value #BETA}) of order n */
    static StencilMatrix tridiagonal(int n) {
        return ToeplitzSpectrum.matrix(n, ALPHA, BETA);
    }

    /** @return IS curvatures w = 1/y² with log-normal targets y (σ = 0.5), seeded */
    static double[] heteroscedastic(int n, long seed) {
        return RandomVectors.isWeights(n, 0.5, seed);
    }

    /** @return η = 1/(Gershgorin bound of K·W) for the tri-diagonal kernel: stable */
    static double stableEta(double[] w) {
        double max = 0;
        for (double v : w) {
            max = Math.max(max, v);
        }
        return 1.0 / ((ALPHA + 2 * Math.abs(BETA)) * max);
    }

    /**
     * @return the step matrix B = I − η·K·W of the tri-diagonal kernel as an EJML compressed
     *     sparse column matrix, B(i, j) = δ_ij − η·K(i, j)·w_j
     */
    static DMatrixSparseCSC stepMatrix(int n, double[] w, double eta) {
        return tridiagonalCsc(n, (i, j) -> (i == j ? 1.0 : 0.0) - eta * (i == j ? ALPHA : BETA) * w[j]);
    }

    /** @return the tri-diagonal kernel K itself as a compressed sparse column matrix */
    static DMatrixSparseCSC kernelCsc(int n) {
        return tridiagonalCsc(n, (i, j) -> i == j ? ALPHA : BETA);
    }

    interface Entry {
        double at(int i, int j);
    }

    private static DMatrixSparseCSC tridiagonalCsc(int n, Entry entry) {
        int nonZeros = 3 * n - 2;
        DMatrixSparseCSC m = new DMatrixSparseCSC(n, n, nonZeros);
        int p = 0;
        for (int j = 0; j < n; j++) {
            m.col_idx[j] = p;
            for (int i = Math.max(0, j - 1); i <= Math.min(n - 1, j + 1); i++) {
                m.nz_rows[p] = i;
                m.nz_values[p] = entry.at(i, j);
                p++;
            }
        }
        m.col_idx[n] = p;
        m.nz_length = p;
        m.indicesSorted = true;
        return m;
    }
}
