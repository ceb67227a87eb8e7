package org.conelab.analyzer.propagator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.conelab.analyzer.propagator.LimitSweep.Kind;
import org.conelab.analyzer.propagator.fit.Shape;
import org.conelab.testsupport.TestParameters;
import org.junit.jupiter.api.Test;

/**
 * The limits, measured on small lattices: what the massless limit looks like depends on the
 * dimension (linear, logarithmic, Coulomb), and λ → 0 is not a massless limit at all.
 */
class LimitSweepTest {

    private static Solves solves() {
        return new Solves(PropagatorConvergenceTest.choice(), Fixtures.BANDED, "banded-scalar", 1L << 30);
    }

    private static PropagatorSettings settings(String half) {
        return PropagatorSettings.of(TestParameters.of("propagator", "sweep.half", half, "sweep.decades", "3", "sweep.steps", "4"));
    }

    @Test
    void inOneDimensionTheLargeY0ProfileIsLinearAndSmallLambdaIsAContactTerm() {
        LimitSweep.Result r = LimitSweep.run(1, settings("64"), solves());
        assertThat(r.unmeasurable()).isNull();
        assertThat(r.extreme(Kind.Y0_UP).shape().shape()).isEqualTo(Shape.LINEAR);
        assertThat(r.extreme(Kind.Y0_UP).shape().exponent()).isCloseTo(-1, within(1e-3));
        assertThat(r.extreme(Kind.MASSLESS).shape().shape()).isEqualTo(Shape.LINEAR);
        assertThat(r.extreme(Kind.MASSLESS).shape().exponent()).isCloseTo(-1, within(1e-6));
        Shape small = r.extreme(Kind.LAMBDA_DOWN).shape().shape();
        assertThat(small).isIn(Shape.CONTACT, Shape.EXPONENTIAL);
        assertThat(r.extreme(Kind.LAMBDA_DOWN).shape().length()).isLessThan(r.spacing());
        // at λ and y0 themselves: exponential with ℓ = √(2λ)·y0
        LimitSweep.Point base = r.of(Kind.Y0_UP).get(0);
        assertThat(base.shape().shape()).isEqualTo(Shape.EXPONENTIAL);
        assertThat(base.shape().length()).isCloseTo(base.theoryLength(), within(0.01 * base.theoryLength()));
        assertThat(r.lengthSlope(Kind.Y0_UP).slope()).isCloseTo(1, within(Tolerances.LENGTH_SLOPE));
        assertThat(r.lengthSlope(Kind.LAMBDA_DOWN).slope()).isCloseTo(0.5, within(Tolerances.LENGTH_SLOPE));
        assertThat(r.resolved(Kind.Y0_UP)).isGreaterThanOrEqualTo(3);
        // the massless 1-D propagator in the box: G(0) − G(x) = |x|/(2λ), exactly on the lattice
        assertThat(PropagatorFindings.masslessDeviation(r.extreme(Kind.MASSLESS), r.spacing(), r.half(), 1.0)).isLessThan(1e-12);
    }

    @Test
    void inTwoDimensionsTheMasslessProfileIsLogarithmic() {
        LimitSweep.Result r = LimitSweep.run(2, settings("16"), solves());
        assertThat(r.extreme(Kind.MASSLESS).shape().shape()).as(r.extreme(Kind.MASSLESS).shape().describe()).isEqualTo(Shape.LOGARITHMIC);
        assertThat(r.extreme(Kind.Y0_UP).shape().shape()).isEqualTo(Shape.LOGARITHMIC);
        assertThat(r.solver()).contains("iterative");
    }

    @Test
    void inThreeDimensionsTheMasslessProfileIsCoulomb() {
        LimitSweep.Result r = LimitSweep.run(3, settings("16"), solves());
        LimitSweep.Point massless = r.extreme(Kind.MASSLESS);
        assertThat(massless.shape().shape()).as(massless.shape().describe()).isEqualTo(Shape.POWER_LAW);
        assertThat(massless.shape().exponent()).isCloseTo(1, within(0.15));
        assertThat(r.extreme(Kind.LAMBDA_DOWN).shape().shape()).isIn(Shape.CONTACT, Shape.EXPONENTIAL);
    }

    @Test
    void aSweepThatCannotBeSolvedSaysWhy() {
        SolverChoice bandedOnly = new SolverChoice();
        bandedOnly.add(Fixtures.BANDED, java.util.Map.of("conelab.id", "banded-scalar", "service.ranking", 150));
        LimitSweep.Result r = LimitSweep.run(2, settings("8"), new Solves(bandedOnly, Fixtures.BANDED, "banded-scalar", 1L << 30));
        assertThat(r.unmeasurable()).isEqualTo("no registered solver supports CSR of n = 225");
        assertThat(r.points()).isEmpty();
    }
}
