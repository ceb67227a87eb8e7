package org.conelab.solver.banded.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.conelab.api.InvalidInputException;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.testsupport.Agreement;
import org.conelab.testsupport.RandomMatrices;
import org.conelab.testsupport.RandomVectors;
import org.conelab.testsupport.ReferenceDynamics;
import org.junit.jupiter.api.Test;

/**
 * What evolve does around the tiles: the weights checked by the first block's tiles in parallel
 * (the first bad weight named whichever tile meets one first, before the observer sees anything,
 * e untouched), and the engine's spare state vector reused from call to call without changing a
 * bit of the result, against a fresh engine and the dense-free reference loop.
 */
class TemporalBlockingTest {

    /** Long enough for the tile threads ({@link TemporalBlocking#PARALLEL_MIN_ROWS}). */
    static final int N = 70_003;
    /** Small tiles: about 140 of them, so both threads take several. */
    static final Tiling TILING = new Tiling(500, 8);
    static final double TOLERANCE = 1e-13;

    private static LinearDynamics dynamics(int n, long seed) {
        SymmetricMatrix kernel = RandomMatrices.banded(n, 3, seed);
        return ReferenceDynamics.gershgorinStable(kernel, RandomVectors.isWeights(n, 0.5, seed));
    }

    @Test
    void aBadWeightInALaterTileIsNamedFirstBeforeTheObserverSeesAnything() {
        LinearDynamics good = dynamics(N, 3);
        double[] w = good.weights().clone();
        w[50_000] = Double.NaN;
        w[40_001] = -1.0;
        w[60_000] = Double.POSITIVE_INFINITY;
        LinearDynamics bad = new LinearDynamics(good.kernel(), w, good.eta());
        double[] e0 = RandomVectors.gaussian(N, 3);
        double[] e = e0.clone();
        List<Integer> seen = new ArrayList<>();
        try (BandedEngine engine = new BandedEngine(new ScalarSweeps(), 2, TILING)) {
            for (int round = 0; round < 3; round++) {
                assertThatThrownBy(() -> engine.evolve(bad, e, 20, 5, (t, state) -> seen.add(t)))
                        .isInstanceOf(InvalidInputException.class)
                        .hasMessage("weights[40001]: must be a finite number > 0, got -1.0");
            }
            w[40_001] = 0.0;
            assertThatThrownBy(() -> engine.evolve(bad, e, 0, 1, (t, state) -> seen.add(t)))
                    .as("no steps: still checked").hasMessageStartingWith("weights[40001]: ");
        }
        assertThat(seen).as("the observer was never called").isEmpty();
        assertThat(e).as("e untouched").containsExactly(e0);
    }

    @Test
    void theSpareStateVectorIsReusedWithoutChangingTheResult() {
        LinearDynamics large = dynamics(N, 5);
        LinearDynamics other = dynamics(N - 1_000, 6);
        double[] e0 = RandomVectors.gaussian(N, 5);
        double[] expected = e0.clone();
        try (BandedEngine fresh = new BandedEngine(new ScalarSweeps(), 2, TILING)) {
            // 3 blocks of 7 steps: the state ends in the spare vector and is copied back
            fresh.evolve(large, expected, 21, 21, (t, state) -> true);
        }
        assertThat(Agreement.relativeError(expected, ReferenceDynamics.evolve(large, e0, 21))).isLessThan(TOLERANCE);
        try (BandedEngine engine = new BandedEngine(new ScalarSweeps(), 2, TILING)) {
            for (int round = 0; round < 3; round++) {
                double[] e = e0.clone();
                engine.evolve(large, e, 21, 21, (t, state) -> true);
                assertThat(e).as("round %d", round).containsExactly(expected);
                // another n in between, and a run stopped by its observer, which leave the spare behind
                engine.evolve(other, RandomVectors.gaussian(N - 1_000, round), 16, 16, (t, state) -> true);
                engine.evolve(large, RandomVectors.gaussian(N, round), 40, 8, (t, state) -> t < 16);
            }
        }
    }
}
