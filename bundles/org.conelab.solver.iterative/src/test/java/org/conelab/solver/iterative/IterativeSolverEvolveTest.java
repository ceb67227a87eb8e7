package org.conelab.solver.iterative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.conelab.testsupport.Agreement.maxDifference;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.conelab.api.InvalidInputException;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.conelab.numeric.HeapBudget;
import org.conelab.testsupport.Agreement;
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

class IterativeSolverEvolveTest {

    /** Agreement with a plain loop over the entries, relative to ‖e_0‖∞ (only the summation order differs). */
    private static final double LOOP_TOLERANCE = 1e-12;

    private final IterativeSolver solver = new IterativeSolver();

    @Test
    void workedExampleWithSmallNumbers() {
        // K = [2 1; 1 2], W = I, η = ½: I − ηK = [0 −½; −½ 0]
        LinearDynamics dynamics = new LinearDynamics(new DenseMatrix(2, new double[] {2, 1, 1, 2}),
                new double[] {1, 1}, 0.5);
        double[] e = {1, 0};
        assertThat(solver.evolve(dynamics, e, 3, 1, (t, x) -> true)).isEqualTo(3);
        assertThat(e).containsExactly(0.0, -0.125);
    }

    static Stream<Arguments> kernels() {
        return Stream.of(
                Arguments.of("stencil", ToeplitzSpectrum.matrix(60, 1.0, 0.4)),
                Arguments.of("banded R = 3", RandomMatrices.banded(60, 3, 91)),
                Arguments.of("sparse grid", GridMatrices.twoHopGridKernel(8)),
                Arguments.of("dense", Storage.dense(RandomMatrices.spdEntries(30, 92))),
                Arguments.of("n = 1", ToeplitzSpectrum.matrix(1, 1.5, 0.4)),
                Arguments.of("n = 2", ToeplitzSpectrum.matrix(2, 1.0, -0.4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void everyObservedStateMatchesAPlainLoopOverTheStepMatrix(String name, SymmetricMatrix k) {
        int n = k.size();
        double[] w = RandomVectors.isWeights(n, 0.8, 93);
        double eta = 1.0 / solver.extremes(k, w).max();
        double[][] b = ReferenceDynamics.stepMatrix(k, w, eta);
        double[] initial = RandomVectors.gaussian(n, 94);
        double scale = Agreement.maxNorm(initial);
        List<double[]> reference = new ArrayList<>();
        reference.add(initial.clone());
        for (int t = 1; t <= 25; t++) {
            reference.add(ReferenceDynamics.times(b, reference.get(t - 1)));
        }
        List<Integer> seen = new ArrayList<>();

        double[] e = initial.clone();
        int taken = solver.evolve(new LinearDynamics(k, w, eta), e, 25, 3, (t, state) -> {
            assertThat(maxDifference(state, reference.get(t))).as("t = %d", t)
                    .isLessThanOrEqualTo(LOOP_TOLERANCE * scale);
            seen.add(t);
            return true;
        });

        assertThat(taken).isEqualTo(25);
        assertThat(seen).containsExactly(0, 3, 6, 9, 12, 15, 18, 21, 24, 25);
        assertThat(maxDifference(e, reference.get(25))).isLessThanOrEqualTo(LOOP_TOLERANCE * scale);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void responseColumnsAreTheColumnsOfThePowersOfTheStepMatrix(String name, SymmetricMatrix k) {
        int n = k.size();
        double[] w = RandomVectors.isWeights(n, 0.8, 95);
        double eta = 1.0 / solver.extremes(k, w).max();
        double[][] b = ReferenceDynamics.stepMatrix(k, w, eta);
        int source = n / 2;
        double[] column = new double[n];
        column[source] = 1.0;

        ResponseColumns columns = solver.response(new LinearDynamics(k, w, eta), source, 12);

        assertThat(columns.source()).isEqualTo(source);
        assertThat(columns.steps()).isEqualTo(12);
        for (int t = 0; t <= 12; t++) {
            assertThat(columns.first()[t]).isZero();
            assertThat(columns.values()[t]).hasSize(n);
            assertThat(maxDifference(columns.values()[t], column)).as("t = %d", t).isLessThanOrEqualTo(LOOP_TOLERANCE);
            column = ReferenceDynamics.times(b, column);
        }
    }

    @Test
    void responseOfARangeOneKernelIsExactlyZeroOutsideTheLightCone() {
        int n = 41;
        int source = 20;
        ResponseColumns columns = solver.response(
                new LinearDynamics(ToeplitzSpectrum.matrix(n, 1.0, 0.4), RandomVectors.isWeights(n, 1, 96), 0.3),
                source, 15);
        for (int t = 0; t <= 15; t++) {
            for (int i = 0; i < n; i++) {
                if (Math.abs(i - source) > t) {
                    assertThat(columns.at(t, i)).as("(J_%d)_{%d,%d}", t, i, source).isZero();
                } else if (Math.abs(i - source) == t) {
                    assertThat(columns.at(t, i)).isNotZero();
                }
            }
        }
    }

    @Test
    void observesAtZeroEveryIntervalAndAtTheEndOnce() {
        assertThat(EvolveContract.observedSteps(solver, 10, 4)).containsExactly(0, 4, 8, 10);
        assertThat(EvolveContract.observedSteps(solver, 8, 4)).containsExactly(0, 4, 8);
        assertThat(EvolveContract.observedSteps(solver, 3, 7)).containsExactly(0, 3);
        assertThat(EvolveContract.observedSteps(solver, 0, 1)).containsExactly(0);
    }

    @Test
    void stopsWhenTheObserverSaysSoAndLeavesThatState() {
        LinearDynamics dynamics = new LinearDynamics(GridMatrices.twoHopGridKernel(5),
                RandomVectors.isWeights(25, 0.5, 97), 0.7);
        double[] initial = RandomVectors.gaussian(25, 98);

        EvolveContract.assertStopsWhenTheObserverSaysSoAndLeavesThatState(solver, dynamics, initial);
    }

    @Test
    void rejectsBadArgumentsNamingThem() {
        EvolveContract.assertRejectsBadArgumentsNamingThem(solver);
        LinearDynamics dynamics = EvolveContract.smallChain();
        assertThatThrownBy(() -> solver.response(dynamics, 3, 1))
                .isInstanceOf(InvalidInputException.class).hasMessage("source: must be a node between 0 and 2, got 3");
        assertThatThrownBy(() -> new IterativeSolver(new HeapBudget(1 << 20)).response(
                new LinearDynamics(ToeplitzSpectrum.matrix(10_000, 1, 0.4), RandomVectors.ones(10_000), 0.5), 0, 100))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("n: n = 10000 needs ");
    }
}
