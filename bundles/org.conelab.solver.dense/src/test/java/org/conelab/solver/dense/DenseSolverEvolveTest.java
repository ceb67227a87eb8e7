package org.conelab.solver.dense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conelab.testsupport.Agreement.maxDifference;
import static org.conelab.testsupport.Agreement.maxNorm;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.testsupport.EvolveContract;
import org.conelab.testsupport.RandomMatrices;
import org.conelab.testsupport.RandomVectors;
import org.conelab.testsupport.ReferenceDynamics;
import org.conelab.testsupport.Storage;
import org.conelab.testsupport.ToeplitzSpectrum;
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
                Arguments.of("tri-diagonal stencil", ToeplitzSpectrum.matrix(40, 1.0, 0.4)),
                Arguments.of("banded R = 3", RandomMatrices.banded(40, 3, 51)),
                Arguments.of("dense", Storage.dense(RandomMatrices.spdEntries(25, 52))),
                Arguments.of("n = 1", ToeplitzSpectrum.matrix(1, 1.5, 0.4)),
                Arguments.of("n = 2", ToeplitzSpectrum.matrix(2, 1.0, -0.4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void everyObservedStateMatchesTheClosedFormFromTheEigenDecomposition(String name, SymmetricMatrix k) {
        int n = k.size();
        double[] w = RandomVectors.isWeights(n, 0.8, 53);
        double eta = stableEta(k, w);
        double[] initial = RandomVectors.gaussian(n, 54);
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
        double[] w = RandomVectors.isWeights(n, 0.8, 55);
        double eta = stableEta(k, w);
        double[] initial = RandomVectors.gaussian(n, 56);
        double[] e = initial.clone();
        double scale = maxNorm(initial);
        LinearDynamics dynamics = new LinearDynamics(k, w, eta);
        double[] reference = ReferenceDynamics.evolve(dynamics, initial, 17);

        int taken = solver.evolve(dynamics, e, 17, 5, (t, state) -> true);

        assertThat(taken).isEqualTo(17);
        assertThat(maxDifference(e, reference)).isLessThanOrEqualTo(REFERENCE_TOLERANCE * scale);
    }

    @Test
    void observesAtZeroEveryIntervalAndAtTheEndOnce() {
        assertThat(EvolveContract.observedSteps(solver, 10, 4)).containsExactly(0, 4, 8, 10);
        assertThat(EvolveContract.observedSteps(solver, 8, 4)).containsExactly(0, 4, 8);
        assertThat(EvolveContract.observedSteps(solver, 3, 1)).containsExactly(0, 1, 2, 3);
        assertThat(EvolveContract.observedSteps(solver, 3, 7)).containsExactly(0, 3);
        assertThat(EvolveContract.observedSteps(solver, 0, 1)).containsExactly(0);
    }

    @Test
    void stopsWhenTheObserverSaysSoAndLeavesThatState() {
        LinearDynamics dynamics = new LinearDynamics(ToeplitzSpectrum.matrix(9, 1, 0.4),
                RandomVectors.isWeights(9, 0.5, 61), 0.7);
        double[] initial = RandomVectors.gaussian(9, 62);

        EvolveContract.assertStopsWhenTheObserverSaysSoAndLeavesThatState(solver, dynamics, initial);
    }

    @Test
    void rejectsBadArgumentsNamingThem() {
        EvolveContract.assertRejectsBadArgumentsNamingThem(solver);
    }
}
