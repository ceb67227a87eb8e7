package org.conelab.solver.iterative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.conelab.solver.iterative.TestMatrices.maxDifference;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.conelab.api.InvalidInputException;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
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
                Arguments.of("stencil", TestMatrices.tridiagonal(60, 1.0, 0.4)),
                Arguments.of("banded R = 3", TestMatrices.randomBanded(60, 3, 91)),
                Arguments.of("sparse grid", TestMatrices.twoHopGridKernel(8)),
                Arguments.of("dense", TestMatrices.randomSpd(30, 92)),
                Arguments.of("n = 1", TestMatrices.tridiagonal(1, 1.5, 0.4)),
                Arguments.of("n = 2", TestMatrices.tridiagonal(2, 1.0, -0.4)));
    }

    /** @return the dense entries of B = I − η·K·W, from {@link SymmetricMatrix#entry} */
    private static double[][] stepMatrix(SymmetricMatrix k, double[] w, double eta) {
        double[][] b = TestMatrices.entries(k);
        for (int i = 0; i < b.length; i++) {
            for (int j = 0; j < b.length; j++) {
                // B_ij = δ_ij − η K_ij w_j
                b[i][j] = (i == j ? 1 : 0) - eta * b[i][j] * w[j];
            }
        }
        return b;
    }

    private static double[] times(double[][] b, double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                y[i] += b[i][j] * x[j];
            }
        }
        return y;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void everyObservedStateMatchesAPlainLoopOverTheStepMatrix(String name, SymmetricMatrix k) {
        int n = k.size();
        double[] w = TestMatrices.isWeights(n, 0.8, 93);
        double eta = 1.0 / solver.extremes(k, w).max();
        double[][] b = stepMatrix(k, w, eta);
        double[] initial = TestMatrices.gaussian(n, 94);
        double scale = TestMatrices.maxNorm(initial);
        List<double[]> reference = new ArrayList<>();
        reference.add(initial.clone());
        for (int t = 1; t <= 25; t++) {
            reference.add(times(b, reference.get(t - 1)));
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
        double[] w = TestMatrices.isWeights(n, 0.8, 95);
        double eta = 1.0 / solver.extremes(k, w).max();
        double[][] b = stepMatrix(k, w, eta);
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
            column = times(b, column);
        }
    }

    @Test
    void responseOfARangeOneKernelIsExactlyZeroOutsideTheLightCone() {
        int n = 41;
        int source = 20;
        ResponseColumns columns = solver.response(
                new LinearDynamics(TestMatrices.tridiagonal(n, 1.0, 0.4), TestMatrices.isWeights(n, 1, 96), 0.3),
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
        assertThat(observedSteps(10, 4)).containsExactly(0, 4, 8, 10);
        assertThat(observedSteps(8, 4)).containsExactly(0, 4, 8);
        assertThat(observedSteps(3, 7)).containsExactly(0, 3);
        assertThat(observedSteps(0, 1)).containsExactly(0);
    }

    private List<Integer> observedSteps(int steps, int interval) {
        List<Integer> seen = new ArrayList<>();
        solver.evolve(new LinearDynamics(TestMatrices.tridiagonal(3, 1, 0.4), TestMatrices.ones(3), 0.5),
                new double[] {1, 0, 0}, steps, interval, (t, state) -> seen.add(t));
        return seen;
    }

    @Test
    void stopsWhenTheObserverSaysSoAndLeavesThatState() {
        LinearDynamics dynamics = new LinearDynamics(TestMatrices.twoHopGridKernel(5),
                TestMatrices.isWeights(25, 0.5, 97), 0.7);
        double[] initial = TestMatrices.gaussian(25, 98);
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
        assertThatThrownBy(() -> solver.response(dynamics, 3, 1))
                .isInstanceOf(InvalidInputException.class).hasMessage("source: must be a node between 0 and 2, got 3");
        assertThatThrownBy(() -> new IterativeSolver(new MemoryBudget(1 << 20)).response(
                new LinearDynamics(TestMatrices.tridiagonal(10_000, 1, 0.4), TestMatrices.ones(10_000), 0.5), 0, 100))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("n: n = 10000 needs ");
    }
}
