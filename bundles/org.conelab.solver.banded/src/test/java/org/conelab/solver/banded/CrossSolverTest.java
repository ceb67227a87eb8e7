package org.conelab.solver.banded;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.conelab.api.solver.Solver;
import org.conelab.api.solver.SpectrumBounds;
import org.conelab.solver.banded.scalar.ScalarBandedSolver;
import org.conelab.solver.banded.core.Tiling;
import org.conelab.solver.dense.DenseSolver;
import org.conelab.testsupport.Agreement;
import org.conelab.testsupport.RandomMatrices;
import org.conelab.testsupport.RandomVectors;
import org.conelab.testsupport.ReferenceDynamics;
import org.conelab.testsupport.ToeplitzSpectrum;
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
        double[] w = RandomVectors.isWeights(n, 0.5, 1);
        double[] x = RandomVectors.gaussian(n, 2);
        double[] expected = ReferenceDynamics.product(kernel, w, x);
        double[] simd = new double[n];
        double[] simdSmall = new double[n];
        double[] scalar = new double[n];
        new BandedSolver(1).product(kernel, w, x, simd);
        new BandedSolver(2, SMALL_TILES).product(kernel, w, x, simdSmall);
        new ScalarBandedSolver(1).product(kernel, w, x, scalar);
        assertThat(Agreement.relativeError(simd, expected)).isLessThan(TOLERANCE);
        assertThat(Agreement.relativeError(simdSmall, expected)).isLessThan(TOLERANCE);
        assertThat(Agreement.relativeError(scalar, simd)).isLessThan(TOLERANCE);
        // Solver.product: the same sweep into a new array
        assertThat(new BandedSolver(1).product(kernel, w, x)).containsExactly(simd);
        assertThat(new ScalarBandedSolver(1).product(kernel, w, x)).containsExactly(scalar);
    }

    @ParameterizedTest
    @MethodSource("matrices")
    void evolveAgreesAcrossSolversAndWithReference(SymmetricMatrix kernel) {
        int n = kernel.size();
        LinearDynamics dynamics = ReferenceDynamics.gershgorinStable(kernel, RandomVectors.isWeights(n, 0.5, 3));
        double[] e0 = RandomVectors.gaussian(n, 4);
        int steps = 20;
        double[] expected = ReferenceDynamics.evolve(dynamics, e0, steps);
        // every interval on the smaller problems; one that does not divide T on the dense-sized ones
        int[] intervals = (long) n * (kernel.halfBandwidth() + 1) > LARGE ? new int[] {7} : new int[] {1, 3, 5, 7, 20};
        for (Solver solver : solvers(n)) {
            for (int interval : intervals) {
                double[] e = e0.clone();
                List<Integer> seen = new ArrayList<>();
                assertThat(solver.evolve(dynamics, e, steps, interval, (t, state) -> seen.add(t))).isEqualTo(steps);
                assertThat(seen).isEqualTo(ReferenceDynamics.observedSteps(steps, interval));
                assertThat(Agreement.relativeError(e, expected)).as("%s interval %d", solver, interval)
                        .isLessThan(TOLERANCE);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("matrices")
    void responseWindowEqualsFullEvolutionAndOtherSolvers(SymmetricMatrix kernel) {
        int n = kernel.size();
        int r = kernel.halfBandwidth();
        LinearDynamics dynamics = ReferenceDynamics.gershgorinStable(kernel, RandomVectors.isWeights(n, 0.5, 5));
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
        double[] x = RandomVectors.gaussian(n, 6);
        double[] b = new double[n];
        matrix.apply(x, b);
        for (Solver solver : solvers(n)) {
            assertThat(Agreement.relativeError(solver.solve(matrix, b), x)).as("%s", solver).isLessThan(TOLERANCE);
        }
    }

    @ParameterizedTest
    @MethodSource("smallMatrices")
    void spectraAgreeAcrossSolvers(SymmetricMatrix kernel) {
        int n = kernel.size();
        double[] w = RandomVectors.isWeights(n, 0.5, 7);
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
            StencilMatrix kernel = ToeplitzSpectrum.matrix(n, 1.0, 0.4);
            double[] values = new BandedSolver(1).eigenvalues(kernel, RandomVectors.ones(n));
            double[] expected = ToeplitzSpectrum.eigenvalues(n, 1.0, 0.4);
            for (int k = 0; k < n; k++) {
                assertThat(values[k]).isCloseTo(expected[k], org.assertj.core.api.Assertions.within(TOLERANCE * 1.8));
            }
        }
    }

    @Test
    void parallelSimdEvolutionOfALongChainMatchesScalar() {
        int n = 300_007;
        for (SymmetricMatrix kernel : List.of(RandomMatrices.stencil(n, 1, 1), RandomMatrices.banded(n, 4, 2))) {
            LinearDynamics dynamics = ReferenceDynamics.gershgorinStable(kernel, RandomVectors.isWeights(n, 0.5, 3));
            double[] e0 = RandomVectors.gaussian(n, 4);
            double[] simd = e0.clone();
            double[] scalar = e0.clone();
            new BandedSolver(2).evolve(dynamics, simd, 150, 100, (t, e) -> true);
            new ScalarBandedSolver(1).evolve(dynamics, scalar, 150, 100, (t, e) -> true);
            assertThat(Agreement.relativeError(simd, scalar)).isLessThan(TOLERANCE);
            assertThat(Agreement.relativeError(simd, ReferenceDynamics.evolve(dynamics, e0, 150))).isLessThan(TOLERANCE);
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
}
