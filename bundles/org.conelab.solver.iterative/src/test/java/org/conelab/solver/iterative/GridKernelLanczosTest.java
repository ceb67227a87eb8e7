package org.conelab.solver.iterative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.solver.SpectrumBounds;
import org.conelab.testsupport.RandomVectors;
import org.junit.jupiter.api.Test;

/**
 * Lanczos on the 2-hop grid kernel K = B², B = (I + D^−½AD^−½)/2, whose spectrum is known at its
 * ends: λ_max = 1 (eigenvector D^½·1) and, the grid being bipartite, λ_min = 0.
 */
class GridKernelLanczosTest {

    /** Rounding allowance on the exact ends 0 and 1. */
    private static final double ROUNDING = 1e-12;
    /**
     * The tolerance reached at n = 10⁶ within the step cap (64 steps); measured 1.7e-3 with a
     * true error of 3.6e-4 at λ_max. Guards against regressions, not a target.
     */
    private static final double EXPECTED_TOLERANCE_AT_A_MILLION = 5e-3;

    private final IterativeSolver solver = new IterativeSolver();

    @Test
    void smallGridEndsAreExactlyZeroAndOne() {
        SparseMatrix k = GridMatrices.twoHopGridKernel(30);
        double[] all = solver.eigenvalues(k, RandomVectors.ones(900));
        assertThat(all[0]).isCloseTo(0.0, within(ROUNDING));
        assertThat(all[899]).isCloseTo(1.0, within(ROUNDING));
        assertThat(all[898]).isLessThan(1.0 - 1e-4);
    }

    @Test
    void millionNodeGridReachesItsStatedToleranceForLambdaMax() {
        SparseMatrix k = GridMatrices.twoHopGridKernel(1000);
        int n = k.size();

        long start = System.nanoTime();
        SpectrumBounds bounds = solver.extremes(k, RandomVectors.ones(n));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT,
                "2-hop grid n = %d: %d Lanczos steps in %.2f s, λ_max = %.12f (error %.2e, tolerance %.2e),"
                        + " λ_min = %.3e (tolerance %.2e)%n",
                n, IterativeSolver.lanczosSteps(n), seconds, bounds.max(), 1 - bounds.max(), bounds.maxTolerance(),
                bounds.min(), bounds.minTolerance());

        // Ritz values lie inside [0, 1] and the stated tolerance covers the true error at both ends
        assertThat(bounds.max()).isLessThanOrEqualTo(1.0 + ROUNDING);
        assertThat(1.0 - bounds.max()).isLessThanOrEqualTo(bounds.maxTolerance());
        assertThat(bounds.min()).isGreaterThanOrEqualTo(-ROUNDING).isLessThanOrEqualTo(bounds.minTolerance());
        assertThat(bounds.maxTolerance()).isLessThanOrEqualTo(EXPECTED_TOLERANCE_AT_A_MILLION);
    }
}
