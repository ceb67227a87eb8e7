package org.conelab.solver.banded;

import java.util.stream.Stream;
import org.conelab.testsupport.ExtremesContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * λ_min(S) of graded chains to relative accuracy against the {@code BigDecimal} reference, and
 * both extremes inside their stated tolerances: the SIMD solver's bisection to a relative bracket.
 */
class BandedRelativeAccuracyTest {

    private final BandedSolver solver = new BandedSolver(1);

    static Stream<ExtremesContract.Case> problems() {
        return ExtremesContract.gradedChains().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void extremesOfGradedChainsMatchTheHighPrecisionReference(ExtremesContract.Case problem) {
        System.out.println("banded, " + problem + ": " + ExtremesContract.assertAccurate(solver, problem));
    }
}
