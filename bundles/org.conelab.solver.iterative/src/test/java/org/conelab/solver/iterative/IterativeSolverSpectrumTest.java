package org.conelab.solver.iterative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.conelab.api.InvalidInputException;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.SpectrumBounds;
import org.conelab.numeric.HeapBudget;
import org.conelab.numeric.Lanczos;
import org.conelab.numeric.SymmetricOperator;
import org.conelab.numeric.WeightedOperator;
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

class IterativeSolverSpectrumTest {

    /** Rounding allowance relative to ‖S‖₂ on top of a stated tolerance (Lanczos with full reorthogonalisation). */
    private static final double ROUNDING = 1e-12;
    /** The stated tolerance of a converged run (a few ulps), relative to the value. */
    private static final double CONVERGED = 1e-13;
    /** Stopping target of the Lanczos estimates in the early-stopping test, relative to the spectral radius. */
    private static final double EARLY_TARGET = 1e-10;

    private final IterativeSolver solver = new IterativeSolver();

    @Test
    void workedExampleWithSmallIntegers() {
        // [2 1; 1 2] with W = diag(4, 1): S = [8 2; 2 2], λ = 5 ± √13
        DenseMatrix k = new DenseMatrix(2, new double[] {2, 1, 1, 2});
        double[] w = {4, 1};
        assertThat(solver.eigenvalues(k, w)).containsExactly(new double[] {5 - Math.sqrt(13), 5 + Math.sqrt(13)},
                within(1e-14));
        SpectrumBounds bounds = solver.extremes(k, w);
        assertThat(bounds.min()).isCloseTo(5 - Math.sqrt(13), within(1e-14));
        assertThat(bounds.max()).isCloseTo(5 + Math.sqrt(13), within(1e-14));
        assertThat(bounds.minTolerance()).as("n ≤ 2: a few ulps").isLessThanOrEqualTo(CONVERGED * bounds.min());
        assertThat(bounds.maxTolerance()).as("n ≤ 2: a few ulps").isLessThanOrEqualTo(CONVERGED * bounds.max());
        SpectrumBounds single = solver.extremes(new StencilMatrix(1, new double[] {3}), new double[] {2});
        assertThat(single.min()).isCloseTo(6.0, within(1e-15 * 6));
        assertThat(single.max()).isCloseTo(6.0, within(1e-15 * 6));
        assertThat(single.tolerance()).isLessThanOrEqualTo(CONVERGED * 6);
    }

    @ParameterizedTest(name = "n = {0}, alpha = {1}, beta = {2}")
    @CsvSource({
        "1, 1.0, 0.4", "2, 1.0, -0.4", "3, 1.0, 0.4", "50, 1.0, 0.4", "300, 2.0, -1.0",
        "1000, 1.0, 0.4", "10000, 1.0, 0.4", "100000, 1.0, 0.4", "100000, 0.0, 1.0"
    })
    void extremesOfTheToeplitzChainLieWithinTheStatedToleranceOfTheClosedForm(int n, double alpha, double beta) {
        double[] exact = ToeplitzSpectrum.eigenvalues(n, alpha, beta);
        double scale = Math.abs(alpha) + 2 * Math.abs(beta);

        SpectrumBounds bounds = solver.extremes(ToeplitzSpectrum.matrix(n, alpha, beta), RandomVectors.ones(n));

        double allowed = bounds.tolerance() + ROUNDING * scale;
        assertThat(bounds.min()).isCloseTo(exact[0], within(allowed));
        assertThat(bounds.max()).isCloseTo(exact[n - 1], within(allowed));
        // Ritz values lie inside the spectrum
        assertThat(bounds.min()).isGreaterThanOrEqualTo(exact[0] - ROUNDING * scale);
        assertThat(bounds.max()).isLessThanOrEqualTo(exact[n - 1] + ROUNDING * scale);
        if (n <= IterativeSolver.lanczosSteps(n)) {
            assertThat(bounds.maxTolerance()).as("k reaches n: a few ulps").isLessThanOrEqualTo(CONVERGED * scale);
        }
        // the stated tolerance is a bound, not a wild over-estimate: the true error is a fair share of it
        assertThat(bounds.tolerance()).isLessThanOrEqualTo(0.05 * scale);
    }

    @Test
    void stopsEarlyOnceBothEstimatesMeetTheRelativeTolerance() {
        // a well separated spectrum: S from a diagonally dominant random sparse K with IS weights, n = 1000
        int n = 1000;
        SymmetricMatrix k = Storage.sparse(RandomMatrices.sparseEntries(n, 3, 51));
        double[] w = RandomVectors.isWeights(n, 0.5, 52);
        Lanczos.Result result = new Lanczos(WeightedOperator.of(SymmetricOperator.of(k), w))
                .extremes(IterativeSolver.MAX_LANCZOS_STEPS, EARLY_TARGET, Lanczos.Ends.BOTH);
        double[] all = solver.eigenvalues(k, w);

        assertThat(result.steps()).isLessThan(IterativeSolver.MAX_LANCZOS_STEPS);
        assertThat(result.min()).isCloseTo(all[0], within(result.minBound() + ROUNDING * all[n - 1]));
        assertThat(result.max()).isCloseTo(all[n - 1], within(result.maxBound() + ROUNDING * all[n - 1]));
        assertThat(Math.abs(result.max() - all[n - 1])).isLessThanOrEqualTo(EARLY_TARGET * all[n - 1]);
    }

    @ParameterizedTest(name = "n = {0}")
    @CsvSource({"300", "420"})
    void weightedExtremesAndSpectrumMatchEjmlDenseSymmetricEigenvalues(int n) {
        SymmetricMatrix k = Storage.sparse(RandomMatrices.sparseEntries(n, 5, 61));
        double[] w = RandomVectors.isWeights(n, 1.0, 62);
        double[] expected = ejmlEigenvalues(k, w);
        double radius = Math.max(Math.abs(expected[0]), Math.abs(expected[n - 1]));

        SpectrumBounds bounds = solver.extremes(k, w);
        double[] all = solver.eigenvalues(k, w);

        assertThat(bounds.maxTolerance()).isLessThanOrEqualTo(CONVERGED * radius);
        assertThat(bounds.minTolerance()).as("λ_min by inverse Lanczos").isLessThanOrEqualTo(CONVERGED * bounds.min());
        assertThat(bounds.min()).isCloseTo(expected[0], within(bounds.tolerance() + ROUNDING * radius));
        assertThat(bounds.max()).isCloseTo(expected[n - 1], within(bounds.tolerance() + ROUNDING * radius));
        assertThat(all).containsExactly(expected, within(ROUNDING * radius));
    }

    @ParameterizedTest(name = "n = {0}, alpha = {1}, beta = {2}")
    @CsvSource({"1, 1.0, 0.4", "2, 1.0, 0.4", "7, 1.0, -0.4", "200, 2.0, -1.0", "1000, 1.0, 0.4"})
    void everyEigenvalueOfTheToeplitzChainMatchesTheClosedForm(int n, double alpha, double beta) {
        double[] actual = solver.eigenvalues(ToeplitzSpectrum.matrix(n, alpha, beta), RandomVectors.ones(n));
        assertThat(actual).containsExactly(ToeplitzSpectrum.eigenvalues(n, alpha, beta),
                within(ROUNDING * (Math.abs(alpha) + 2 * Math.abs(beta))));
    }

    @Test
    void eigenvaluesSatisfyTheTraceAndFrobeniusIdentities() {
        // Σλ = tr(S) and Σλ² = ‖S‖_F², with S_ij = √w_i K_ij √w_j read entry by entry
        int n = 150;
        SymmetricMatrix k = RandomMatrices.banded(n, 4, 71);
        double[] w = RandomVectors.isWeights(n, 0.7, 72);
        double trace = 0;
        double frobenius = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = Math.sqrt(w[i]) * k.entry(i, j) * Math.sqrt(w[j]);
                trace += i == j ? s : 0;
                frobenius += s * s;
            }
        }
        double[] values = solver.eigenvalues(k, w);
        double sum = 0;
        double squares = 0;
        for (double value : values) {
            sum += value;
            squares += value * value;
        }
        assertThat(values).isSorted();
        assertThat(sum).isCloseTo(trace, within(ROUNDING * n * Math.abs(trace)));
        assertThat(squares).isCloseTo(frobenius, within(ROUNDING * n * frobenius));
    }

    @Test
    void repeatedEigenvaluesComeOutWithTheirMultiplicity() {
        // K = 2I: S = 2W, eigenvalues 2·w_i; K = I, W = I: every Krylov space breaks down after one step
        int n = 40;
        double[] w = RandomVectors.isWeights(n, 0.5, 81);
        double[] expected = w.clone();
        Arrays.sort(expected);
        for (int i = 0; i < n; i++) {
            expected[i] *= 2;
        }
        assertThat(solver.eigenvalues(new StencilMatrix(n, new double[] {2.0}), w))
                .containsExactly(expected, within(ROUNDING * expected[n - 1]));
        assertThat(solver.eigenvalues(new StencilMatrix(n, new double[] {1.0}), RandomVectors.ones(n)))
                .containsOnly(1.0);

        SpectrumBounds identity = solver.extremes(new StencilMatrix(5000, new double[] {1.0}), RandomVectors.ones(5000));
        assertThat(identity.min()).isCloseTo(1.0, within(ROUNDING));
        assertThat(identity.max()).isCloseTo(1.0, within(ROUNDING));
        assertThat(identity.tolerance()).isLessThanOrEqualTo(ROUNDING);
    }

    @Test
    void refusesEveryEigenvalueBeyondTheOrderLimitButStillSupportsTheMatrix() {
        int n = IterativeSolver.MAX_ORDER_ALL_EIGENVALUES + 1;
        StencilMatrix k = ToeplitzSpectrum.matrix(n, 1.0, 0.4);

        assertThat(solver.supports(k)).isTrue();
        assertThatThrownBy(() -> solver.eigenvalues(k, RandomVectors.ones(n)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("n: the iterative solver computes every eigenvalue only for n <= 3000")
                .hasMessageContaining("got n = 3001")
                .satisfies(e -> assertThat(((InvalidInputException) e).subject()).isEqualTo("n"));
        assertThat(solver.extremes(k, RandomVectors.ones(n)).max()).isLessThanOrEqualTo(1.8);
    }

    @Test
    void refusesAProblemThatCannotFitInTheHeapBeforeAllocating() {
        IterativeSolver small = new IterativeSolver(new HeapBudget(1 << 20));
        assertThatThrownBy(() -> small.extremes(ToeplitzSpectrum.matrix(100_000, 1, 0.4), RandomVectors.ones(100_000)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("n: n = 100000 needs ");
    }

    @Test
    void anIndefiniteKernelFallsBackToLanczosOnSWithTheGershgorinLowerBound() {
        // λ_min(K) = 1 − 1.6·cos(π/51) < 0: CG finds pᵀKp ≤ 0, so λ_min comes from Lanczos on S
        int n = 50;
        StencilMatrix k = ToeplitzSpectrum.matrix(n, 1.0, 0.8);
        SpectrumBounds bounds = solver.extremes(k, RandomVectors.ones(n));
        double[] exact = ToeplitzSpectrum.eigenvalues(n, 1.0, 0.8);
        assertThat(Math.abs(bounds.min() - exact[0])).isLessThanOrEqualTo(bounds.minTolerance() + ROUNDING);
        assertThat(Math.abs(bounds.max() - exact[n - 1])).isLessThanOrEqualTo(bounds.maxTolerance());
        // Gershgorin: λ_min ≥ 1 − 1.6 = −0.6
        assertThat(bounds.min() - bounds.minTolerance()).isCloseTo(-0.6, within(ROUNDING));
        assertThat(bounds.maxTolerance()).isLessThanOrEqualTo(CONVERGED * bounds.max());
    }

    @Test
    void productIsTheKernelTimesTheWeightedVector() {
        int n = 60;
        double[] w = RandomVectors.isWeights(n, 0.5, 91);
        double[] x = RandomVectors.gaussian(n, 92);
        for (SymmetricMatrix k : new SymmetricMatrix[] {ToeplitzSpectrum.matrix(n, 1, 0.4), RandomMatrices.banded(n, 3, 93),
            Storage.sparse(RandomMatrices.sparseEntries(n, 3, 94)), Storage.dense(RandomMatrices.spdEntries(n, 95))}) {
            assertThat(solver.product(k, w, x)).containsExactly(ReferenceDynamics.product(k, w, x), within(0.0));
        }
        StencilMatrix k = ToeplitzSpectrum.matrix(3, 1, 0.4);
        assertThatThrownBy(() -> solver.product(k, new double[2], new double[3]))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("weights: ");
        assertThatThrownBy(() -> solver.product(k, new double[3], new double[4]))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("x: ");
    }

    @Test
    void rejectsBadWeightsNamingThem() {
        StencilMatrix k = ToeplitzSpectrum.matrix(5, 1, 0.4);
        assertThatThrownBy(() -> solver.extremes(k, new double[] {1, 1, 1, 0, 1}))
                .isInstanceOf(InvalidInputException.class).hasMessage("weights[3]: must be a finite number > 0, got 0.0");
        assertThatThrownBy(() -> solver.eigenvalues(k, new double[4]))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("weights: ");
    }

    @Test
    void lanczosStepCapFollowsTheReorthogonalisationBudget() {
        assertThat(IterativeSolver.lanczosSteps(2)).isEqualTo(2);
        assertThat(IterativeSolver.lanczosSteps(300)).isEqualTo(300);
        assertThat(IterativeSolver.lanczosSteps(10_000)).isEqualTo(IterativeSolver.MAX_LANCZOS_STEPS);
        assertThat(IterativeSolver.lanczosSteps(1_000_000)).isEqualTo(64);
        assertThat(IterativeSolver.lanczosSteps(100_000_000)).isEqualTo(IterativeSolver.MIN_LANCZOS_STEPS);
    }

    /** @return the eigenvalues of S = W^½KW^½ from EJML's dense symmetric decomposition, ascending */
    static double[] ejmlEigenvalues(SymmetricMatrix k, double[] w) {
        int n = k.size();
        DMatrixRMaj s = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s.set(i, j, Math.sqrt(w[i]) * k.entry(i, j) * Math.sqrt(w[j]));
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        assertThat(eig.decompose(s)).isTrue();
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = eig.getEigenvalue(i).real;
        }
        Arrays.sort(values);
        return values;
    }
}
