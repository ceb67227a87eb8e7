package org.conelab.solver.banded;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.conelab.api.solver.Solver;
import org.conelab.api.solver.SpectrumBounds;
import org.conelab.solver.banded.scalar.ScalarBandedSolver;
import org.conelab.solver.banded.scalar.core.Tiling;
import org.conelab.solver.dense.DenseSolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cross-solver suite: the SIMD solver {@code banded}, the scalar {@code banded-scalar} and
 * the dense EJML reference on every operation, against each other, the API's plain reference
 * loops and closed forms. Sizes include n = 1, 2, 3, odd sizes that leave a SIMD tail, R ≥ n,
 * tiles smaller than n and observer intervals that do and do not divide T.
 */
class CrossSolverTest {

    /** Rounding of a few dozen steps or a backward-stable factorisation, relative to the result. */
    static final double TOLERANCE = 1e-12;
    /** Tiles much smaller than n; blocks of 3 steps. */
    static final Tiling SMALL_TILES = new Tiling(13, 3);
    /** Stored entries n·(R + 1) above which only one observer interval is tried, to keep the suite fast. */
    static final long LARGE = 100_000;

    static Stream<SymmetricMatrix> matrices() {
        return Fixtures.matrices().stream();
    }

    static Stream<SymmetricMatrix> smallMatrices() {
        return Fixtures.matrices().stream().filter(m -> m.size() <= 200);
    }

    /** SIMD with cache-sized tiles, SIMD with small tiles on two threads, scalar, dense. */
    static List<Solver> solvers(int n) {
        List<Solver> solvers = new ArrayList<>(List.of(new BandedSolver(1), new BandedSolver(2, SMALL_TILES),
                new ScalarBandedSolver(1)));
        if (n <= 200) {
            solvers.add(new DenseSolver());
        }
        return solvers;
    }

    @ParameterizedTest
    @MethodSource("matrices")
    void simdProductMatchesScalarAndReference(SymmetricMatrix kernel) {
        int n = kernel.size();
        double[] w = Fixtures.weights(n, 1);
        double[] x = Fixtures.vector(n, 2);
        double[] expected = Fixtures.product(kernel, w, x);
        double[] simd = new double[n];
        double[] simdSmall = new double[n];
        double[] scalar = new double[n];
        new BandedSolver(1).product(kernel, w, x, simd);
        new BandedSolver(2, SMALL_TILES).product(kernel, w, x, simdSmall);
        new ScalarBandedSolver(1).product(kernel, w, x, scalar);
        assertThat(Fixtures.relativeError(simd, expected)).isLessThan(TOLERANCE);
        assertThat(Fixtures.relativeError(simdSmall, expected)).isLessThan(TOLERANCE);
        assertThat(Fixtures.relativeError(scalar, simd)).isLessThan(TOLERANCE);
    }

    @ParameterizedTest
    @MethodSource("matrices")
    void evolveAgreesAcrossSolversAndWithReference(SymmetricMatrix kernel) {
        int n = kernel.size();
        LinearDynamics dynamics = Fixtures.dynamics(kernel, Fixtures.weights(n, 3));
        double[] e0 = Fixtures.vector(n, 4);
        int steps = 20;
        double[] expected = Fixtures.evolve(dynamics, e0, steps);
        // every interval on the smaller problems; one that does not divide T on the dense-sized ones
        int[] intervals = (long) n * (kernel.halfBandwidth() + 1) > LARGE ? new int[] {7} : new int[] {1, 3, 5, 7, 20};
        for (Solver solver : solvers(n)) {
            for (int interval : intervals) {
                double[] e = e0.clone();
                List<Integer> seen = new ArrayList<>();
                assertThat(solver.evolve(dynamics, e, steps, interval, (t, state) -> seen.add(t))).isEqualTo(steps);
                assertThat(seen).isEqualTo(observations(steps, interval));
                assertThat(Fixtures.relativeError(e, expected)).as("%s interval %d", solver, interval)
                        .isLessThan(TOLERANCE);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("matrices")
    void responseWindowEqualsFullEvolutionAndOtherSolvers(SymmetricMatrix kernel) {
        int n = kernel.size();
        int r = kernel.halfBandwidth();
        LinearDynamics dynamics = Fixtures.dynamics(kernel, Fixtures.weights(n, 5));
        int steps = 15;
        int source = n / 2;
        ResponseColumns simd = new BandedSolver(1).response(dynamics, source, steps);
        double[] e = new double[n];
        e[source] = 1.0;
        new BandedSolver(2, SMALL_TILES).evolve(dynamics, e, steps, 1, (t, state) -> {
            int lo = (int) Math.max(0, source - (long) t * r);
            int hi = (int) Math.min(n - 1, source + (long) t * r);
            assertThat(simd.first()[t]).isEqualTo(lo);
            assertThat(simd.values()[t]).hasSize(hi - lo + 1);
            for (int i = 0; i < n; i++) {
                if (i < lo || i > hi) {
                    assertThat(state[i]).as("light cone t=%d i=%d", t, i).isZero();
                } else {
                    assertThat(Math.abs(simd.at(t, i) - state[i])).isLessThanOrEqualTo(TOLERANCE);
                }
            }
            return true;
        });
        for (Solver other : solvers(n)) {
            ResponseColumns columns = other.response(dynamics, source, steps);
            for (int t = 0; t <= steps; t++) {
                for (int i = 0; i < n; i++) {
                    assertThat(Math.abs(columns.at(t, i) - simd.at(t, i))).isLessThanOrEqualTo(TOLERANCE);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("matrices")
    void solveRecoversManufacturedSolutionInEverySolver(SymmetricMatrix matrix) {
        int n = matrix.size();
        double[] x = Fixtures.vector(n, 6);
        double[] b = new double[n];
        matrix.apply(x, b);
        for (Solver solver : solvers(n)) {
            assertThat(Fixtures.relativeError(solver.solve(matrix, b), x)).as("%s", solver).isLessThan(TOLERANCE);
        }
    }

    @ParameterizedTest
    @MethodSource("smallMatrices")
    void spectraAgreeAcrossSolvers(SymmetricMatrix kernel) {
        int n = kernel.size();
        double[] w = Fixtures.weights(n, 7);
        double[] reference = new DenseSolver().eigenvalues(kernel, w);
        double norm = Math.max(Math.abs(reference[0]), Math.abs(reference[n - 1]));
        for (Solver solver : solvers(n)) {
            double[] values = solver.eigenvalues(kernel, w);
            for (int k = 0; k < n; k++) {
                assertThat(Math.abs(values[k] - reference[k])).isLessThan(TOLERANCE * norm);
            }
            SpectrumBounds bounds = solver.extremes(kernel, w);
            assertThat(Math.abs(bounds.min() - reference[0])).isLessThanOrEqualTo(bounds.tolerance() + TOLERANCE * norm);
            assertThat(Math.abs(bounds.max() - reference[n - 1])).isLessThanOrEqualTo(bounds.tolerance() + TOLERANCE * norm);
        }
    }

    @Test
    void toeplitzSpectrumClosedForm() {
        for (int n : Fixtures.SIZES) {
            StencilMatrix kernel = new StencilMatrix(n, new double[] {1.0, 0.4});
            double[] ones = new double[n];
            Arrays.fill(ones, 1.0);
            double[] values = new BandedSolver(1).eigenvalues(kernel, ones);
            for (int k = 1; k <= n; k++) {
                // λ_k = α + 2β·cos(kπ/(n+1)), ascending as k falls
                double expected = 1.0 + 0.8 * Math.cos(k * Math.PI / (n + 1));
                assertThat(values[n - k]).isCloseTo(expected, org.assertj.core.api.Assertions.within(TOLERANCE * 1.8));
            }
        }
    }

    @Test
    void parallelSimdEvolutionOfALongChainMatchesScalar() {
        int n = 300_007;
        for (SymmetricMatrix kernel : List.of(Fixtures.stencil(n, 1, 1), Fixtures.banded(n, 4, 2))) {
            LinearDynamics dynamics = Fixtures.dynamics(kernel, Fixtures.weights(n, 3));
            double[] e0 = Fixtures.vector(n, 4);
            double[] simd = e0.clone();
            double[] scalar = e0.clone();
            new BandedSolver(2).evolve(dynamics, simd, 150, 100, (t, e) -> true);
            new ScalarBandedSolver(1).evolve(dynamics, scalar, 150, 100, (t, e) -> true);
            assertThat(Fixtures.relativeError(simd, scalar)).isLessThan(TOLERANCE);
            assertThat(Fixtures.relativeError(simd, Fixtures.evolve(dynamics, e0, 150))).isLessThan(TOLERANCE);
        }
    }

    @Test
    void configuredThreadsAreUsedAndZeroMeansAllProcessors() {
        BandedSolver solver = new BandedSolver();
        solver.activate(config(1));
        assertThat(solver.threads()).isEqualTo(1);
        solver.activate(config(0));
        assertThat(solver.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        solver.deactivate();
    }

    static BandedSolverConfig config(int threads) {
        return new BandedSolverConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return BandedSolverConfig.class;
            }

            @Override
            public int threads() {
                return threads;
            }
        };
    }

    static List<Integer> observations(int steps, int interval) {
        List<Integer> expected = new ArrayList<>();
        expected.add(0);
        for (int t = interval; t < steps; t += interval) {
            expected.add(t);
        }
        expected.add(steps);
        return expected;
    }
}
