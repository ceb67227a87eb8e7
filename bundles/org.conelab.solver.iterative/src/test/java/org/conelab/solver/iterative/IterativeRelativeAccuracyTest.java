package org.conelab.solver.iterative;

import java.util.stream.Stream;
import org.conelab.testsupport.ExtremesContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * λ_min(S) of graded problems to relative accuracy against the {@code BigDecimal} reference, and
 * both extremes inside their stated tolerances: the inverse route with conjugate gradients.
 */
class IterativeRelativeAccuracyTest {

    private final IterativeSolver solver = new IterativeSolver();

    static Stream<ExtremesContract.Case> problems() {
        return Stream.concat(ExtremesContract.gradedChains().stream(), ExtremesContract.gradedRings().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void extremesOfGradedProblemsMatchTheHighPrecisionReference(ExtremesContract.Case problem) {
        System.out.println("iterative, " + problem + ": " + ExtremesContract.assertAccurate(solver, problem));
    }
}
