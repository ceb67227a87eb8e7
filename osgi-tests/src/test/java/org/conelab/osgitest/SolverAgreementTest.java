package org.conelab.osgitest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.conelab.api.ServiceProperties;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.Solver;
import org.conelab.api.solver.SpectrumBounds;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Each registered solver against the dense reference solver, both taken from the service
 * registry as the pipeline takes them: on a seeded five-point stencil (n = 300, R = 2) with
 * positive weights, the product y = K·(w∘x), 25 steps of e ← (I − ηKW)e and the extremes of
 * S = W^½KW^½ agree.
 */
@ExtendWith(ServiceExtension.class)
class SolverAgreementTest {

    static final int N = 300;
    static final int STEPS = 25;
    /** Products and short evolutions: a few rounding errors of sums of 2R + 1 terms, relative to max |y|. */
    static final double RELATIVE = 1e-12;
    /** Extremes: the two solvers' stated tolerances plus this, relative to λ_max. */
    static final double EXTREMES_SLACK = 1e-10;

    @InjectService(cardinality = 4, timeout = ProvidersTest.TIMEOUT_MILLIS)
    ServiceAware<Solver> solvers;

    private final StencilMatrix kernel = new StencilMatrix(N, new double[] {2.0, -0.5, 0.1});
    private final double[] weights = positive(N, 1);
    private final double[] x = gaussian(N, 2);

    @ParameterizedTest
    @ValueSource(strings = {"banded", "banded-scalar", "iterative"})
    void theProductAgreesWithTheDenseSolver(String id) {
        Solver solver = solver(id);
        assertThat(solver.supports(kernel)).isTrue();

        assertThat(relativeError(solver.product(kernel, weights, x), solver("dense").product(kernel, weights, x))).isLessThan(RELATIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"banded", "banded-scalar", "iterative"})
    void evolveAgreesWithTheDenseSolver(String id) {
        SpectrumBounds bounds = solver("dense").extremes(kernel, weights);
        LinearDynamics dynamics = new LinearDynamics(kernel, weights, 1.0 / bounds.max());
        double[] expected = x.clone();
        double[] actual = x.clone();
        solver("dense").evolve(dynamics, expected, STEPS, STEPS, (t, e) -> true);

        assertThat(solver(id).evolve(dynamics, actual, STEPS, 5, (t, e) -> true)).isEqualTo(STEPS);
        assertThat(relativeError(actual, expected)).isLessThan(RELATIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"banded", "banded-scalar", "iterative"})
    void theExtremesAgreeWithTheDenseSolverWithinTheStatedTolerances(String id) {
        SpectrumBounds reference = solver("dense").extremes(kernel, weights);
        SpectrumBounds measured = solver(id).extremes(kernel, weights);
        double slack = EXTREMES_SLACK * reference.max();

        assertThat(Math.abs(measured.max() - reference.max())).isLessThanOrEqualTo(measured.maxTolerance() + reference.maxTolerance() + slack);
        assertThat(Math.abs(measured.min() - reference.min())).isLessThanOrEqualTo(measured.minTolerance() + reference.minTolerance() + slack);
    }

    private Solver solver(String id) {
        for (ServiceReference<Solver> reference : solvers.getServiceReferences()) {
            if (id.equals(reference.getProperty(ServiceProperties.ID))) {
                return solvers.getService(reference);
            }
        }
        throw new AssertionError("no solver '" + id + "' registered; ids: " + ProvidersTest.idsAndRankings(solvers).keySet());
    }

    static double relativeError(double[] actual, double[] expected) {
        double scale = 0;
        double error = 0;
        for (int i = 0; i < expected.length; i++) {
            scale = Math.max(scale, Math.abs(expected[i]));
            error = Math.max(error, Math.abs(actual[i] - expected[i]));
        }
        return error / scale;
    }

    private static double[] gaussian(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }

    /** Weights w = 1/y² of log-normal targets y = exp(0.5·z): positive, spread over about one decade. */
    private static double[] positive(int n, long seed) {
        double[] z = gaussian(n, seed);
        for (int i = 0; i < n; i++) {
            z[i] = Math.exp(-z[i]);
        }
        return z;
    }
}
