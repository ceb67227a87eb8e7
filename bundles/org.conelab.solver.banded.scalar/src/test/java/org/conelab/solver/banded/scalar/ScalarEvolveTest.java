package org.conelab.solver.banded.scalar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.conelab.api.InvalidInputException;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.solver.banded.core.Tiling;
import org.conelab.testsupport.Agreement;
import org.conelab.testsupport.RandomMatrices;
import org.conelab.testsupport.RandomVectors;
import org.conelab.testsupport.ReferenceDynamics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Product and evolve (temporal blocking) against the API's plain reference loops. */
class ScalarEvolveTest {

    /** Rounding of a few hundred steps of sums of 2R + 1 terms, relative to max |e|. */
    static final double TOLERANCE = 1e-12;
    /** Tiles much smaller than n, so halos and the clamping at the chain ends are exercised. */
    static final Tiling SMALL_TILES = new Tiling(7, 3);

    static Stream<SymmetricMatrix> matrices() {
        return Problems.matrices().stream();
    }

    @ParameterizedTest
    @MethodSource("matrices")
    void productMatchesReferenceLoop(SymmetricMatrix kernel) {
        int n = kernel.size();
        double[] w = RandomVectors.isWeights(n, 0.5, 3);
        double[] x = RandomVectors.gaussian(n, 4);
        for (ScalarBandedSolver solver : solvers()) {
            double[] y = new double[n];
            solver.product(kernel, w, x, y);
            assertThat(Agreement.relativeError(y, ReferenceDynamics.product(kernel, w, x))).isLessThan(TOLERANCE);
        }
    }

    @ParameterizedTest
    @MethodSource("matrices")
    void evolveMatchesReferenceLoopWithTilesSmallerThanN(SymmetricMatrix kernel) {
        int n = kernel.size();
        LinearDynamics dynamics = ReferenceDynamics.gershgorinStable(kernel, RandomVectors.isWeights(n, 0.5, 5));
        double[] e0 = RandomVectors.gaussian(n, 6);
        int steps = 23;
        double[] expected = ReferenceDynamics.evolve(dynamics, e0, steps);
        for (ScalarBandedSolver solver : solvers()) {
            for (int interval : new int[] {1, 4, 5, 23, 100}) {
                double[] e = e0.clone();
                List<Integer> seen = new ArrayList<>();
                int taken = solver.evolve(dynamics, e, steps, interval, (t, state) -> seen.add(t));
                assertThat(taken).isEqualTo(steps);
                assertThat(seen).isEqualTo(ReferenceDynamics.observedSteps(steps, interval));
                assertThat(Agreement.relativeError(e, expected)).as("interval %d", interval).isLessThan(TOLERANCE);
            }
        }
    }

    @Test
    void observerSeesTheStateAtEachObservedStep() {
        SymmetricMatrix kernel = RandomMatrices.banded(101, 3, 1);
        LinearDynamics dynamics = ReferenceDynamics.gershgorinStable(kernel, RandomVectors.isWeights(101, 0.5, 2));
        double[] e0 = RandomVectors.gaussian(101, 3);
        ScalarBandedSolver solver = new ScalarBandedSolver(1, SMALL_TILES);
        solver.evolve(dynamics, e0.clone(), 20, 6, (t, state) -> {
            assertThat(Agreement.relativeError(state, ReferenceDynamics.evolve(dynamics, e0, t))).isLessThan(TOLERANCE);
            return true;
        });
    }

    @Test
    void observerStopsEvolutionEarlyAndErrorHoldsThatState() {
        SymmetricMatrix kernel = RandomMatrices.stencil(500, 2, 1);
        LinearDynamics dynamics = ReferenceDynamics.gershgorinStable(kernel, RandomVectors.isWeights(500, 0.5, 2));
        double[] e0 = RandomVectors.gaussian(500, 3);
        double[] e = e0.clone();
        int taken = new ScalarBandedSolver(2, SMALL_TILES).evolve(dynamics, e, 100, 7, (t, state) -> t < 14);
        assertThat(taken).isEqualTo(14);
        assertThat(Agreement.relativeError(e, ReferenceDynamics.evolve(dynamics, e0, 14))).isLessThan(TOLERANCE);
    }

    @Test
    void zeroStepsObservesOnceAndLeavesErrorUnchanged() {
        SymmetricMatrix kernel = RandomMatrices.stencil(10, 1, 1);
        double[] e = RandomVectors.gaussian(10, 2);
        double[] before = e.clone();
        List<Integer> seen = new ArrayList<>();
        int taken = new ScalarBandedSolver(1).evolve(ReferenceDynamics.gershgorinStable(kernel, RandomVectors.isWeights(10, 0.5, 1)), e, 0, 3,
                (t, state) -> seen.add(t));
        assertThat(taken).isZero();
        assertThat(seen).containsExactly(0);
        assertThat(e).containsExactly(before);
    }

    @Test
    void parallelTilesOnALongChainMatchTheReference() {
        int n = 200_003;
        SymmetricMatrix kernel = RandomMatrices.banded(n, 2, 9);
        LinearDynamics dynamics = ReferenceDynamics.gershgorinStable(kernel, RandomVectors.isWeights(n, 0.5, 9));
        double[] e0 = RandomVectors.gaussian(n, 9);
        double[] e = e0.clone();
        new ScalarBandedSolver(2).evolve(dynamics, e, 70, 70, (t, state) -> true);
        assertThat(Agreement.relativeError(e, ReferenceDynamics.evolve(dynamics, e0, 70))).isLessThan(TOLERANCE);
    }

    @Test
    void badInputIsRejectedNamingTheArgument() {
        ScalarBandedSolver solver = new ScalarBandedSolver(1);
        StencilMatrix kernel = new StencilMatrix(4, new double[] {2, -1});
        double[] w = {1, 1, -1, 1};
        assertThatThrownBy(() -> solver.evolve(new LinearDynamics(kernel, w, 0.1), new double[4], 1, 1, (t, e) -> true))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("weights[2]:");
        double[] ones = {1, 1, 1, 1};
        assertThatThrownBy(() -> solver.evolve(new LinearDynamics(kernel, ones, 0.1), new double[3], 1, 1, (t, e) -> true))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("error:");
        assertThatThrownBy(() -> solver.evolve(new LinearDynamics(kernel, ones, 0.1), new double[4], 1, 0, (t, e) -> true))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("interval:");
        SparseMatrix sparse = new SparseMatrix(1, new int[] {0, 1}, new int[] {0}, new double[] {1});
        assertThat(solver.supports(sparse)).isFalse();
        assertThat(solver.supports(kernel)).isTrue();
        assertThatThrownBy(() -> solver.solve(sparse, new double[1])).isInstanceOf(IllegalArgumentException.class);
    }

    /** A cache-sized tiling on one thread, a small tiling on one thread and on two. */
    static List<ScalarBandedSolver> solvers() {
        return List.of(new ScalarBandedSolver(1), new ScalarBandedSolver(1, SMALL_TILES),
                new ScalarBandedSolver(2, new Tiling(16, 5)));
    }
}
