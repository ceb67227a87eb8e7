package org.conelab.analyzer.propagator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.conelab.analyzer.propagator.fit.LineFit;
import org.conelab.api.Parameters;
import org.conelab.testsupport.TestParameters;
import org.junit.jupiter.api.Test;

/** The nonlinear action against the Gaussian theory, and on the pipeline's targets. */
class ActionStudyTest {

    private static Solves solves() {
        return new Solves(PropagatorConvergenceTest.choice(), Fixtures.BANDED, "banded-scalar", 1L << 30);
    }

    @Test
    void smallBumpsOfAConstantTargetGetTheGaussianTheorysLinearResponse() {
        PropagatorSettings settings = PropagatorSettings.of(TestParameters.of("propagator", "lambda", "0.6", "y0", "2.5"));
        ActionStudy.Result r = ActionStudy.run(new double[] {1, 2}, false, "grid", settings, solves());
        double[] eps = r.responses().stream().mapToDouble(ActionStudy.Response::epsilon).toArray();
        double[] dev = r.responses().stream().mapToDouble(ActionStudy.Response::deviation).toArray();
        // the deviation from linear response is second order: it falls like ε
        assertThat(LineFit.logLog(eps, dev).slope()).isCloseTo(1, within(0.05));
        ActionStudy.Response smallest = r.responses().get(r.responses().size() - 1);
        assertThat(smallest.deviation()).isLessThan(Tolerances.LINEAR_RESPONSE);
        assertThat(smallest.length()).isCloseTo(settings.length(), within(Tolerances.LENGTH * settings.length()));
        // at the bump: m²·h·G(0) = h/(2ℓ) (eqs. 4 and 6), to O(h²/ℓ²) and O(ε)
        assertThat(smallest.centre()).isCloseTo(r.responseSpacing() / (2 * settings.length()), within(2e-3 * smallest.centre()));
        assertThat(r.covarianceRatio()).isCloseTo(0.5, within(1e-12));
        assertThat(r.unmeasurable()).contains("grid");
        assertThat(r.fits()).isEmpty();
    }

    @Test
    void onTheTargetsEveryLambdaConvergesToAStationaryPoint() {
        double[] y = Fixtures.lognormal(500, 1.0, 21);
        PropagatorSettings settings = PropagatorSettings.of(Parameters.empty());
        ActionStudy.Result r = ActionStudy.run(y, true, "chain", settings, solves());
        assertThat(r.unmeasurable()).isNull();
        assertThat(r.fits()).extracting(ActionStudy.Fit::lambda).containsExactly(1.0, 0.1, 10.0, 100.0);
        double previous = -1;
        for (ActionStudy.Fit fit : r.fits().stream().sorted(java.util.Comparator.comparingDouble(ActionStudy.Fit::lambda)).toList()) {
            assertThat(fit.result().converged()).as("λ = %s: %s", fit.lambda(), fit.result().stop()).isTrue();
            assertThat(fit.fdGradient()).isLessThan(Tolerances.GRADIENT);
            assertThat(fit.result().minPhiOverIterates()).isPositive();
            // a larger λ smooths more and fits less
            assertThat(fit.misfit()).isGreaterThan(previous);
            previous = fit.misfit();
            assertThat(fit.roughness()).isLessThan(1);
        }
        assertThat(r.solver()).isEqualTo("banded-scalar (the pipeline's solver)");
    }
}
