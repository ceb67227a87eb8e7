package org.conelab.solver.banded.scalar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Stream;
import org.conelab.api.InvalidInputException;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.SpectrumBounds;
import org.conelab.solver.dense.DenseSolver;
import org.conelab.testsupport.Agreement;
import org.conelab.testsupport.RandomMatrices;
import org.conelab.testsupport.RandomVectors;
import org.conelab.testsupport.ReferenceDynamics;
import org.conelab.testsupport.Storage;
import org.conelab.testsupport.ToeplitzSpectrum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Eigenvalues and extremes of S = W^½KW^½: closed forms, the dense solver, definitions. */
class ScalarSpectrumTest {

    /** Eigenvalue errors of backward-stable methods, relative to ‖S‖. */
    static final double TOLERANCE = 1e-12;

    static Stream<SymmetricMatrix> matrices() {
        return Problems.matrices().stream().filter(m -> m.size() <= 200);
    }

    @Test
    void tridiagonalToeplitzSpectrumMatchesClosedForm() {
        double alpha = 1.0;
        double beta = 0.4;
        for (int n : new int[] {1, 2, 3, 17, 31, 1001}) {
            StencilMatrix kernel = new StencilMatrix(n, n == 1 ? new double[] {alpha} : new double[] {alpha, beta});
            double[] ones = new double[n];
            Arrays.fill(ones, 1.0);
            double[] expected = ToeplitzSpectrum.eigenvalues(n, alpha, beta);
            ScalarBandedSolver solver = new ScalarBandedSolver(1);
            double[] values = solver.eigenvalues(kernel, ones);
            double norm = alpha + 2 * beta;
            for (int k = 0; k < n; k++) {
                assertThat(Math.abs(values[k] - expected[k])).as("n=%d k=%d", n, k).isLessThan(TOLERANCE * norm);
            }
            SpectrumBounds bounds = solver.extremes(kernel, ones);
            assertThat(Math.abs(bounds.min() - expected[0])).isLessThanOrEqualTo(bounds.tolerance());
            assertThat(Math.abs(bounds.max() - expected[n - 1])).isLessThanOrEqualTo(bounds.tolerance());
            assertThat(bounds.tolerance()).isLessThan(TOLERANCE * norm);
        }
    }

    @Test
    void pentadiagonalToeplitzAsBandedUsesTheReductionAndMatchesTheClosedForm() {
        // K = T² for T the tri-diagonal Toeplitz with 0 on the diagonal and 1 next to it: K has 2 on
        // the diagonal (1 at both ends), 0 on the first and 1 on the second diagonal, and its
        // eigenvalues are μ_k² with μ_k = 2cos(kπ/(n+1))
        int n = 40;
        double[][] d = {new double[n], new double[n - 1], new double[n - 2]};
        Arrays.fill(d[0], 2.0);
        d[0][0] = 1.0;
        d[0][n - 1] = 1.0;
        Arrays.fill(d[2], 1.0);
        BandedMatrix kernel = new BandedMatrix(n, d);
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        double[] expected = new double[n];
        for (int k = 1; k <= n; k++) {
            double mu = 2 * Math.cos(k * Math.PI / (n + 1));
            expected[k - 1] = mu * mu;
        }
        Arrays.sort(expected);
        double[] values = new ScalarBandedSolver(1).eigenvalues(kernel, ones);
        for (int k = 0; k < n; k++) {
            assertThat(Math.abs(values[k] - expected[k])).isLessThan(TOLERANCE * 4);
        }
    }

    @ParameterizedTest
    @MethodSource("matrices")
    void eigenvaluesAndExtremesAgreeWithTheDenseSolver(SymmetricMatrix kernel) {
        int n = kernel.size();
        double[] w = RandomVectors.isWeights(n, 0.5, 31);
        ScalarBandedSolver solver = new ScalarBandedSolver(1);
        double[] values = solver.eigenvalues(kernel, w);
        double[] dense = new DenseSolver().eigenvalues(kernel, w);
        double norm = Math.max(Math.abs(dense[0]), Math.abs(dense[n - 1]));
        assertThat(values).hasSize(n);
        for (int k = 0; k < n; k++) {
            assertThat(Math.abs(values[k] - dense[k])).as("k=%d", k).isLessThan(TOLERANCE * norm);
        }
        SpectrumBounds bounds = solver.extremes(kernel, w);
        assertThat(Math.abs(bounds.min() - dense[0])).isLessThanOrEqualTo(bounds.tolerance() + TOLERANCE * norm);
        assertThat(Math.abs(bounds.max() - dense[n - 1])).isLessThanOrEqualTo(bounds.tolerance() + TOLERANCE * norm);
        assertThat(bounds.tolerance()).isLessThan(TOLERANCE * norm).isPositive();
    }

    @Test
    void anIndefiniteKernelGetsTheAbsoluteBoundAndAPositiveDefiniteOneTheRelativeBound() {
        int n = 50;
        ScalarBandedSolver solver = new ScalarBandedSolver(1);
        double[] ones = RandomVectors.ones(n);
        // λ_min(K) = 1 − 1.6·cos(π/51) < 0: no relative statement, 4ε·‖K‖ plus half a bracket
        SpectrumBounds indefinite = solver.extremes(ToeplitzSpectrum.matrix(n, 1.0, 0.8), ones);
        assertThat(Math.abs(indefinite.min() - ToeplitzSpectrum.min(n, 1.0, 0.8))).isLessThanOrEqualTo(indefinite.minTolerance());
        assertThat(indefinite.minTolerance()).isLessThan(TOLERANCE * 2.6);
        // a graded positive definite case: the relative bound, far below ε·λ_max
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = i < 5 ? 1e6 : 1e-6;
        }
        SpectrumBounds graded = solver.extremes(ToeplitzSpectrum.matrix(n, 1.0, 0.4), w);
        assertThat(graded.minTolerance()).isLessThan(1e-12 * graded.min());
        assertThat(graded.minTolerance()).isLessThan(1e-6 * Math.ulp(graded.max()));
    }

    @Test
    void productIsTheBandSweepOfTheWeightedVector() {
        ScalarBandedSolver solver = new ScalarBandedSolver(1);
        for (SymmetricMatrix kernel : Problems.matrices()) {
            int n = kernel.size();
            double[] w = RandomVectors.isWeights(n, 0.5, 41);
            double[] x = RandomVectors.gaussian(n, 42);
            double[] expected = ReferenceDynamics.product(kernel, w, x);
            assertThat(Agreement.relativeError(solver.product(kernel, w, x), expected)).isLessThan(TOLERANCE);
        }
        StencilMatrix kernel = ToeplitzSpectrum.matrix(3, 1, 0.4);
        assertThatThrownBy(() -> solver.product(kernel, new double[2], new double[3]))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("weights: ");
        assertThatThrownBy(() -> solver.product(kernel, new double[3], new double[4]))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("x: ");
        assertThatThrownBy(() -> solver.product(Storage.sparse(new double[][] {{1}}), new double[1], new double[1]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void extremesOfALongBandedChainSatisfyTheDefinition() {
        // no eigenvectors to check ‖S·v − λ·v‖ with; instead every Rayleigh quotient vᵀSv/vᵀv of a
        // random vector must lie in [λ_min, λ_max] (Courant–Fischer), at n too large for the dense solver
        int n = 20_000;
        BandedMatrix kernel = RandomMatrices.banded(n, 3, 5);
        double[] w = RandomVectors.isWeights(n, 0.5, 6);
        SpectrumBounds bounds = new ScalarBandedSolver(1).extremes(kernel, w);
        for (int trial = 0; trial < 5; trial++) {
            double[] v = RandomVectors.gaussian(n, 100 + trial);
            double[] sqrtW = new double[n];
            for (int i = 0; i < n; i++) {
                sqrtW[i] = Math.sqrt(w[i]);
            }
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = sqrtW[i] * v[i];
            }
            double[] kx = new double[n];
            kernel.apply(x, kx);
            double num = 0;
            double den = 0;
            for (int i = 0; i < n; i++) {
                // vᵀSv = Σ v_i √w_i (K √w v)_i
                num += v[i] * sqrtW[i] * kx[i];
                den += v[i] * v[i];
            }
            double rayleigh = num / den;
            assertThat(rayleigh).isBetween(bounds.min() - bounds.tolerance(), bounds.max() + bounds.tolerance());
        }
        assertThat(bounds.min()).isPositive();
    }
}
