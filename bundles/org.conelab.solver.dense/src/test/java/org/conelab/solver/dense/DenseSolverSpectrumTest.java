package org.conelab.solver.dense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.conelab.api.InvalidInputException;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.SpectrumBounds;
import org.conelab.testsupport.Agreement;
import org.conelab.testsupport.GradedProblems;
import org.conelab.testsupport.RandomMatrices;
import org.conelab.testsupport.RandomVectors;
import org.conelab.testsupport.ReferenceDynamics;
import org.conelab.testsupport.Storage;
import org.conelab.testsupport.ToeplitzSpectrum;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DenseSolverSpectrumTest {

    /** Eigenvalue error relative to ‖S‖₂: the backward error of the symmetric QR algorithm is O(n·ε). */
    private static final double EIGENVALUE_TOLERANCE = 1e-12;
    /** ‖S·v − λ·v‖₂ and |vᵀv − δ| relative to ‖S‖₂ and 1. */
    private static final double RESIDUAL_TOLERANCE = 1e-12;
    /**
     * Agreement with the eigenvalues of the non-symmetric A = K·W from EJML's general (Hessenberg
     * QR) algorithm, relative to ‖S‖₂: a non-normal A has larger eigenvalue condition numbers.
     */
    private static final double SIMILARITY_TOLERANCE = 1e-9;

    private final DenseSolver solver = new DenseSolver();

    @Test
    void workedExampleWithSmallIntegers() {
        // [2 1; 1 2] has eigenvalues 1 and 3; with W = diag(4, 1): S = [8 2; 2 2], λ = 5 ± √13
        DenseMatrix k = new DenseMatrix(2, new double[] {2, 1, 1, 2});
        assertThat(solver.eigenvalues(k, new double[] {1, 1})).containsExactly(new double[] {1, 3}, within(1e-15));
        assertThat(solver.eigenvalues(k, new double[] {4, 1}))
                .containsExactly(new double[] {5 - Math.sqrt(13), 5 + Math.sqrt(13)}, within(1e-14));
        assertThat(solver.eigenvalues(new StencilMatrix(1, new double[] {3}), new double[] {2}))
                .containsExactly(new double[] {6.0}, within(1e-15 * 6));
    }

    @ParameterizedTest(name = "n = {0}, alpha = {1}, beta = {2}")
    @CsvSource({
        "1, 1.0, 0.4", "2, 1.0, 0.4", "2, 1.0, -0.4", "7, 1.0, 0.4", "7, 1.0, -0.4",
        "50, 1.0, 0.4", "50, 1.0, -0.4", "50, 0.0, 1.0", "200, 2.0, -1.0"
    })
    void tridiagonalToeplitzSpectrumWithUnitWeightsMatchesTheClosedForm(int n, double alpha, double beta) {
        double[] expected = ToeplitzSpectrum.eigenvalues(n, alpha, beta);
        double tolerance = EIGENVALUE_TOLERANCE * (Math.abs(alpha) + 2 * Math.abs(beta));

        double[] actual = solver.eigenvalues(ToeplitzSpectrum.matrix(n, alpha, beta), RandomVectors.ones(n));

        assertThat(actual).containsExactly(expected, within(tolerance));
        SpectrumBounds bounds = solver.extremes(ToeplitzSpectrum.matrix(n, alpha, beta), RandomVectors.ones(n));
        assertThat(bounds.min()).isCloseTo(expected[0], within(bounds.minTolerance() + tolerance));
        assertThat(bounds.max()).isCloseTo(expected[n - 1], within(bounds.maxTolerance() + tolerance));
        assertThat(bounds.tolerance()).as("Lanczos reaches n steps: a few ulps").isLessThan(tolerance);
    }

    @Test
    void eigenpairsSatisfyTheDefinitionOnSWithNonUniformWeights() {
        int n = 30;
        double[][] k = RandomMatrices.spdEntries(n, 21);
        double[] w = RandomVectors.isWeights(n, 0.7, 22);
        // S_ij = √w_i K_ij √w_j, formed here independently of the solver
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i][j] = Math.sqrt(w[i]) * k[i][j] * Math.sqrt(w[j]);
            }
        }
        SymmetricEigen eigen = SpectralPropagator.of(Storage.dense(k), w, 0.1).eigen();
        double[] lambda = eigen.values();
        double norm = Math.max(Math.abs(lambda[0]), Math.abs(lambda[n - 1]));

        for (int m = 0; m < n; m++) {
            double[] v = eigen.vector(m);
            double residual = 0;
            for (int i = 0; i < n; i++) {
                double sv = 0;
                for (int j = 0; j < n; j++) {
                    sv += s[i][j] * v[j];
                }
                residual += (sv - lambda[m] * v[i]) * (sv - lambda[m] * v[i]);
            }
            assertThat(Math.sqrt(residual)).as("‖S v − λ v‖ for λ_%d", m).isLessThan(RESIDUAL_TOLERANCE * norm);
            for (int p = 0; p < n; p++) {
                double dot = 0;
                double[] u = eigen.vector(p);
                for (int i = 0; i < n; i++) {
                    dot += v[i] * u[i];
                }
                assertThat(dot).as("v_%d · v_%d", m, p).isCloseTo(m == p ? 1.0 : 0.0, within(RESIDUAL_TOLERANCE));
            }
        }
        assertThat(lambda).isSorted();
        assertThat(solver.eigenvalues(Storage.dense(k), w)).containsExactly(lambda, within(EIGENVALUE_TOLERANCE * norm));
    }

    @Test
    void spectrumOfSIsTheSpectrumOfTheNonSymmetricKW() {
        int n = 40;
        SymmetricMatrix k = RandomMatrices.banded(n, 2, 31);
        double[] w = RandomVectors.isWeights(n, 0.5, 32);
        // A = K·W from the entries, eigenvalues by EJML's general algorithm
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a.set(i, j, k.entry(i, j) * w[j]);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> general = DecompositionFactory_DDRM.eig(n, false, false);
        assertThat(general.decompose(a)).isTrue();
        double[] expected = new double[n];
        for (int m = 0; m < n; m++) {
            assertThat(Math.abs(general.getEigenvalue(m).getImaginary())).isLessThan(1e-9);
            expected[m] = general.getEigenvalue(m).getReal();
        }
        Arrays.sort(expected);

        double[] actual = solver.eigenvalues(k, w);

        assertThat(actual).containsExactly(expected, within(SIMILARITY_TOLERANCE * actual[n - 1]));
    }

    @Test
    void extremesAreTheEndsOfTheSpectrum() {
        SymmetricMatrix k = Storage.sparse(RandomMatrices.sparseEntries(25, 2, 41));
        double[] w = RandomVectors.isWeights(25, 1.0, 42);
        double[] all = solver.eigenvalues(k, w);

        SpectrumBounds bounds = solver.extremes(k, w);

        double norm = Math.max(Math.abs(all[0]), Math.abs(all[24]));
        assertThat(bounds.min()).isCloseTo(all[0], within(bounds.minTolerance() + EIGENVALUE_TOLERANCE * norm));
        assertThat(bounds.max()).isCloseTo(all[24], within(bounds.maxTolerance() + EIGENVALUE_TOLERANCE * norm));
        assertThat(bounds.conditionNumber()).isCloseTo(all[24] / all[0], within(EIGENVALUE_TOLERANCE * all[24] / all[0]));
    }

    @Test
    void anIndefiniteKernelFallsBackToTheQrAlgorithmForLambdaMinWithItsBackwardErrorBound() {
        // λ_min(K) = 1 − 1.6·cos(π/51) < 0: no Cholesky factor, so no inverse route
        int n = 50;
        StencilMatrix k = ToeplitzSpectrum.matrix(n, 1.0, 0.8);
        SpectrumBounds bounds = solver.extremes(k, RandomVectors.ones(n));
        double[] expected = ToeplitzSpectrum.eigenvalues(n, 1.0, 0.8);

        assertThat(Math.abs(bounds.min() - expected[0])).isLessThanOrEqualTo(bounds.minTolerance());
        assertThat(Math.abs(bounds.max() - expected[n - 1])).isLessThanOrEqualTo(bounds.maxTolerance());
        // n·ε·‖S‖_F: about 50 · 2.2e-16 · 1.3 · √50
        assertThat(bounds.minTolerance()).isLessThan(1e-12);
        assertThat(bounds.maxTolerance()).isLessThan(1e-14);
    }

    @Test
    void aSingularKernelGetsTheQrBoundForLambdaMin() {
        // the 3-hop ring kernel of an even ring is singular: λ_min(K) = ((1 + cos π)/2)³ = 0
        int n = 60;
        SymmetricMatrix k = GradedProblems.ring3Hop(n);
        SpectrumBounds bounds = solver.extremes(k, RandomVectors.ones(n));
        assertThat(Math.abs(bounds.min())).isLessThanOrEqualTo(bounds.minTolerance());
        assertThat(bounds.minTolerance()).isLessThan(1e-12);
        assertThat(bounds.max()).isCloseTo(1.0, within(bounds.maxTolerance() + 1e-15));
    }

    @Test
    void productIsTheKernelTimesTheWeightedVectorForEveryStructure() {
        int n = 40;
        double[] w = RandomVectors.isWeights(n, 0.5, 51);
        double[] x = RandomVectors.gaussian(n, 52);
        for (SymmetricMatrix k : new SymmetricMatrix[] {ToeplitzSpectrum.matrix(n, 1, 0.4), RandomMatrices.banded(n, 3, 53),
            Storage.sparse(RandomMatrices.sparseEntries(n, 3, 54)), Storage.dense(RandomMatrices.spdEntries(n, 55))}) {
            double[] expected = ReferenceDynamics.product(k, w, x);
            assertThat(Agreement.relativeError(solver.product(k, w, x), expected)).isLessThan(EIGENVALUE_TOLERANCE);
        }
        StencilMatrix k = ToeplitzSpectrum.matrix(3, 1, 0.4);
        assertThatThrownBy(() -> solver.product(k, new double[2], new double[3]))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("weights: ");
        assertThatThrownBy(() -> solver.product(k, new double[3], new double[4]))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("x: ");
    }

    @Test
    void rejectsWeightsThatAreNotPositiveNamingTheIndex() {
        StencilMatrix k = ToeplitzSpectrum.matrix(4, 1, 0.4);
        assertThatThrownBy(() -> solver.eigenvalues(k, new double[] {1, 1, 1, 0}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("weights[3]: must be a finite number > 0, got 0.0");
        assertThatThrownBy(() -> solver.extremes(k, new double[] {1, Double.NaN, 1, 1}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("weights[1]: ");
        assertThatThrownBy(() -> solver.eigenvalues(k, new double[] {1, 1}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("weights: ");
    }
}
