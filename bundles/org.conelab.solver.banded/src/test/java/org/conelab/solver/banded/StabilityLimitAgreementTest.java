package org.conelab.solver.banded;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.solver.Solver;
import org.conelab.api.solver.SpectrumBounds;
import org.conelab.solver.banded.scalar.ScalarBandedSolver;
import org.conelab.solver.dense.DenseSolver;
import org.conelab.solver.iterative.IterativeSolver;
import org.conelab.testsupport.ExtremesContract;
import org.conelab.testsupport.GradedProblems;
import org.conelab.testsupport.PreciseExtremes;
import org.conelab.testsupport.RandomVectors;
import org.conelab.testsupport.ToeplitzSpectrum;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The paper's example (§14: n = 201, K = T(α = 1, β = 0.4), log-normal targets σ = 1 with a
 * fixed seed) through all four solvers: the stability limit 2/maxUpper() that the pipeline takes
 * must not depend on the solver, so each λ_max must carry a tolerance of a few ulps, lie within
 * it of the {@code BigDecimal} reference, and 2/(max + maxTolerance) must agree to
 * {@value #AGREEMENT} relative across the solvers — for IS weights w = 1/y² and MSE weights w = 1.
 */
class StabilityLimitAgreementTest {

    /** Relative agreement of 2/maxUpper() between any two solvers. */
    static final double AGREEMENT = 1e-12;
    /** The paper example's order. */
    static final int ORDER = 201;
    /** Its off-diagonal β (α = 1). */
    static final double BETA = 0.4;
    /** Seed of the log-normal targets. */
    static final long SEED = 7;

    static Stream<Arguments> weights() {
        double[] targets = GradedProblems.logNormalTargets(ORDER, 1.0, SEED);
        return Stream.of(Arguments.of("IS, w = 1/y²", GradedProblems.isWeights(targets)),
                Arguments.of("MSE, w = 1", RandomVectors.ones(ORDER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("weights")
    void twoOverMaxUpperAgreesAcrossTheFourSolvers(String loss, double[] w) {
        StencilMatrix k = ToeplitzSpectrum.matrix(ORDER, 1.0, BETA);
        BigDecimal reference = PreciseExtremes.largest(k, w);
        List<Solver> solvers = List.of(new BandedSolver(1), new ScalarBandedSolver(1), new IterativeSolver(),
                new DenseSolver());
        double[] limits = new double[solvers.size()];
        for (int s = 0; s < solvers.size(); s++) {
            long start = System.nanoTime();
            SpectrumBounds bounds = solvers.get(s).extremes(k, w);
            double seconds = (System.nanoTime() - start) / 1e9;
            limits[s] = 2.0 / bounds.maxUpper();
            double error = PreciseExtremes.relativeError(bounds.max(), reference);
            System.out.printf(Locale.ROOT, "%s, %s: 2/maxUpper = %.17g, λ_max error %.2e (stated %.2e) in %.3f s%n",
                    loss, solvers.get(s).getClass().getSimpleName(), limits[s], error,
                    bounds.maxTolerance() / bounds.max(), seconds);
            assertThat(PreciseExtremes.absoluteError(bounds.max(), reference)).as("λ_max inside its tolerance")
                    .isLessThanOrEqualTo(bounds.maxTolerance());
            assertThat(bounds.maxTolerance()).as("a few ulps").isLessThanOrEqualTo(ExtremesContract.MAX_ACCURACY * bounds.max());
        }
        for (double limit : limits) {
            assertThat(Math.abs(limit - limits[0])).isLessThanOrEqualTo(AGREEMENT * limits[0]);
        }
    }
}
