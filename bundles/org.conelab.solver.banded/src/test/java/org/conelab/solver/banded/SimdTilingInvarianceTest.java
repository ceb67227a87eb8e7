package org.conelab.solver.banded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.solver.banded.core.Tiling;
import org.conelab.testsupport.RandomMatrices;
import org.conelab.testsupport.RandomVectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SIMD solver's results do not depend on the tiling, bit for bit: the tiling follows the
 * machine's cache, and where a tile's vector loop ends decides which rows its scalar tail
 * computes, so a tail that rounded otherwise than the lanes would make a result depend on the
 * cache size of the machine that computed it. Each pair below differs only in the tiling.
 */
class SimdTilingInvarianceTest {

    /** Tilings whose tiles, halos and vector-loop ends fall on different rows. */
    private static final List<Tiling> TILINGS = List.of(new Tiling(13, 3), new Tiling(29, 5), new Tiling(64, 7));
    private static final int STEPS = 20;

    static Stream<SymmetricMatrix> matrices() {
        // stencils and band matrices of R = 1 … 6 (the unrolled steps and the general one), n = 301
        return RandomMatrices.stencilsAndBanded(new int[] {301}, new int[] {1, 2, 3, 4, 5, 6}, 77).stream();
    }

    @ParameterizedTest
    @MethodSource("matrices")
    void evolveGivesTheSameBitsForEveryTiling(SymmetricMatrix kernel) {
        int n = kernel.size();
        double[] w = RandomVectors.isWeights(n, 0.5, 3);
        LinearDynamics dynamics = new LinearDynamics(kernel, w, 0.05);
        double[] initial = RandomVectors.gaussian(n, 4);
        double[] cacheSized = evolve(new BandedSolver(1), dynamics, initial);
        for (Tiling tiling : TILINGS) {
            assertThat(evolve(new BandedSolver(2, tiling), dynamics, initial)).as("%s", tiling).containsExactly(cacheSized);
        }
    }

    @ParameterizedTest
    @MethodSource("matrices")
    void productGivesTheSameBitsForEveryTiling(SymmetricMatrix kernel) {
        int n = kernel.size();
        double[] w = RandomVectors.isWeights(n, 0.5, 5);
        double[] x = RandomVectors.gaussian(n, 6);
        double[] cacheSized = new BandedSolver(1).product(kernel, w, x);
        for (Tiling tiling : TILINGS) {
            assertThat(new BandedSolver(1, tiling).product(kernel, w, x)).as("%s", tiling).containsExactly(cacheSized);
        }
    }

    private static double[] evolve(BandedSolver solver, LinearDynamics dynamics, double[] initial) {
        double[] e = initial.clone();
        solver.evolve(dynamics, e, STEPS, STEPS, (t, state) -> true);
        return e;
    }
}
