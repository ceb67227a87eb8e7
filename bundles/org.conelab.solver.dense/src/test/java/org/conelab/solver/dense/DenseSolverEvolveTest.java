package org.conelab.solver.dense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.conelab.solver.dense.TestMatrices.maxDifference;
import static org.conelab.solver.dense.TestMatrices.maxNorm;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.conelab.api.InvalidInputException;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DenseSolverEvolveTest {

    /**
     * Agreement with the closed form relative to ‖e_0‖∞: the eigen-decomposition's O(n·ε)
     * error, amplified by cond(W)^½ ≈ 30 for the log-normal targets used here.
     */
    private static final double CLOSED_FORM_TOLERANCE = 1e-10;
    /** Agreement with the step loop written against the API's reference product, relative to ‖e_0‖∞. */
    private static final double REFERENCE_TOLERANCE = 1e-12;

    private final DenseSolver solver = new DenseSolver();

    /** @return η = 1/λ_max(S), inside the stable range 0 &lt; η &lt; 2/λ_max */
    private double stableEta(SymmetricMatrix k, double[] w) {
        return 1.0 / solver.extremes(k, w).max();
    }

    @Test
    void workedExampleWithSmallNumbers() {
        // K = [2 1; 1 2], W = I, η = ½: B = I − ½K = [0 −½; −½ 0]
        LinearDynamics dynamics = new LinearDynamics(new DenseMatrix(2, new double[] {2, 1, 1, 2}),
                new double[] {1, 1}, 0.5);
        double[] e = {1, 0};

        assertThat(solver.evolve(dynamics, e, 1, 1, (t, x) -> true)).isEqualTo(1);
        assertThat(e).containsExactly(0.0, -0.5);
        assertThat(solver.evolve(dynamics, e, 2, 1, (t, x) -> true)).isEqualTo(2);
        assertThat(e).containsExactly(0.0, -0.125);
    }

    static Stream<Arguments> kernels() {
        return Stream.of(
                Arguments.of("tri-diagonal stencil", TestMatrices.tridiagonal(40, 1.0, 0.4)),
                Arguments.of("banded R = 3", TestMatrices.randomBanded(40, 3, 51)),
                Arguments.of("dense", TestMatrices.dense(TestMatrices.randomSpdEntries(25, 52))),
                Arguments.of("n = 1", TestMatrices.tridiagonal(1, 1.5, 0.4)),
                Arguments.of("n = 2", TestMatrices.tridiagonal(2, 1.0, -0.4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void everyObservedStateMatchesTheClosedFormFromTheEigenDecomposition(String name, SymmetricMatrix k) {
        int n = k.size();
        double[] w = TestMatrices.isWeights(n, 0.8, 53);
        double eta = stableEta(k, w);
        double[] initial = TestMatrices.gaussian(n, 54);
        SpectralPropagator closedForm = SpectralPropagator.of(k, w, eta);
        List<Integer> checked = new ArrayList<>();

        double[] e = initial.clone();
        solver.evolve(new LinearDynamics(k, w, eta), e, 40, 1, (t, state) -> {
            double[] expected = closedForm.apply(initial, t);
            assertThat(maxDifference(state, expected)).as("t = %d", t)
                    .isLessThanOrEqualTo(CLOSED_FORM_TOLERANCE * maxNorm(initial));
            checked.add(t);
            return true;
        });

        assertThat(checked).hasSize(41).startsWith(0).endsWith(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void matchesTheStepLoopOnTheReferenceProduct(String name, SymmetricMatrix k) {
        int n = k.size();
        double[] w = TestMatrices.isWeights(n, 0.8, 55);
        double eta = stableEta(k, w);
        double[] reference = TestMatrices.gaussian(n, 56);
        double[] e = reference.clone();
        double scale = maxNorm(reference);
        double[] weighted = new double[n];
        double[] product = new double[n];
        for (int t = 0; t < 17; t++) {
            for (int i = 0; i < n; i++) {
                // v = w ∘ e
                weighted[i] = w[i] * reference[i];
            }
            k.apply(weighted, product);
            for (int i = 0; i < n; i++) {
                // e ← e − η K (w ∘ e)
                reference[i] -= eta * product[i];
            }
        }

        int taken = solver.evolve(new LinearDynamics(k, w, eta), e, 17, 5, (t, state) -> true);

        assertThat(taken).isEqualTo(17);
        assertThat(maxDifference(e, reference)).isLessThanOrEqualTo(REFERENCE_TOLERANCE * scale);
    }

    @Test
    void observesAtZeroEveryIntervalAndAtTheEndOnce() {
        assertThat(observedSteps(10, 4)).containsExactly(0, 4, 8, 10);
        assertThat(observedSteps(8, 4)).containsExactly(0, 4, 8);
        assertThat(observedSteps(3, 1)).containsExactly(0, 1, 2, 3);
        assertThat(observedSteps(3, 7)).containsExactly(0, 3);
        assertThat(observedSteps(0, 1)).containsExactly(0);
    }

    private List<Integer> observedSteps(int steps, int interval) {
        List<Integer> seen = new ArrayList<>();
        double[] e = {1, 0, 0};
        solver.evolve(new LinearDynamics(TestMatrices.tridiagonal(3, 1, 0.4), TestMatrices.ones(3), 0.5),
                e, steps, interval, (t, state) -> seen.add(t));
        return seen;
    }

    @Test
    void stopsWhenTheObserverSaysSoAndLeavesThatState() {
        LinearDynamics dynamics = new LinearDynamics(TestMatrices.tridiagonal(9, 1, 0.4),
                TestMatrices.isWeights(9, 0.5, 61), 0.7);
        double[] initial = TestMatrices.gaussian(9, 62);
        double[] fourSteps = initial.clone();
        solver.evolve(dynamics, fourSteps, 4, 1, (t, state) -> true);

        double[] stopped = initial.clone();
        List<Integer> seen = new ArrayList<>();
        int taken = solver.evolve(dynamics, stopped, 100, 2, (t, state) -> seen.add(t) && t < 4);

        assertThat(taken).isEqualTo(4);
        assertThat(seen).containsExactly(0, 2, 4);
        assertThat(stopped).containsExactly(fourSteps);

        double[] untouched = initial.clone();
        assertThat(solver.evolve(dynamics, untouched, 100, 1, (t, state) -> false)).isZero();
        assertThat(untouched).containsExactly(initial);
    }

    @Test
    void rejectsBadArgumentsNamingThem() {
        LinearDynamics dynamics = new LinearDynamics(TestMatrices.tridiagonal(3, 1, 0.4), TestMatrices.ones(3), 0.5);
        assertThatThrownBy(() -> solver.evolve(dynamics, new double[2], 1, 1, (t, e) -> true))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("error: ");
        assertThatThrownBy(() -> solver.evolve(dynamics, new double[3], -1, 1, (t, e) -> true))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("steps: ");
        assertThatThrownBy(() -> solver.evolve(dynamics, new double[3], 1, 0, (t, e) -> true))
                .isInstanceOf(InvalidInputException.class).hasMessage("interval: must be >= 1, got 0");
    }
}
