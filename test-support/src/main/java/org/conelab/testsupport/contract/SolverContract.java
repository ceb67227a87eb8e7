package org.conelab.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.conelab.api.solver.Solver;
import org.conelab.api.solver.SpectrumBounds;
import org.conelab.testsupport.Agreement;
import org.conelab.testsupport.DenseReference;
import org.conelab.testsupport.EvolveContract;
import org.conelab.testsupport.RandomMatrices;
import org.conelab.testsupport.RandomVectors;
import org.conelab.testsupport.ReferenceDynamics;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Solver} must satisfy on {@link #matrix()} (default: a random diagonally
 * dominant banded matrix, n = 60, R = 2) with graded weights w = 1/y², y log-normal (σ = 1):
 * evolve and the response columns agree with the plain loop e ← e − ηK(w∘e); the product is
 * K(w∘x); the extremes of W^½KW^½ are within the tolerances the solver states of EJML's dense
 * eigenvalues; all eigenvalues agree with EJML's; solve solves; the observer protocol of
 * {@link EvolveContract} holds and bad arguments are named. A solver that does not support the
 * matrix skips every test (JUnit assumption).
 */
public abstract class SolverContract {

    /** Agreement required with the plain loop and the dense references, relative. */
    private static final double RELATIVE = 1e-11;

    private static final int STEPS = 25;

    /** @return the solver under test */
    protected abstract Solver create();

    /** @return the kernel to test on */
    protected SymmetricMatrix matrix() {
        return RandomMatrices.banded(60, 2, 17);
    }

    private Solver supporting() {
        Solver solver = create();
        assumeTrue(solver.supports(matrix()), "the solver does not support " + matrix().getClass().getSimpleName());
        return solver;
    }

    private double[] weights() {
        return RandomVectors.isWeights(matrix().size(), 1.0, 5);
    }

    private LinearDynamics dynamics() {
        return ReferenceDynamics.gershgorinStable(matrix(), weights());
    }

    @Test
    void evolveAgreesWithThePlainLoop() {
        Solver solver = supporting();
        double[] e0 = RandomVectors.gaussian(matrix().size(), 3);
        double[] e = e0.clone();
        int taken = solver.evolve(dynamics(), e, STEPS, 1, (t, state) -> true);

        assertThat(taken).isEqualTo(STEPS);
        assertThat(Agreement.relativeError(e, ReferenceDynamics.evolve(dynamics(), e0, STEPS))).isLessThanOrEqualTo(RELATIVE);
    }

    @Test
    void responseColumnsAgreeWithThePlainLoopFromAUnitVector() {
        Solver solver = supporting();
        int source = matrix().size() / 2;
        ResponseColumns columns = solver.response(dynamics(), source, STEPS);
        double[] unit = new double[matrix().size()];
        unit[source] = 1;

        assertThat(columns.steps()).isEqualTo(STEPS);
        for (int t = 0; t <= STEPS; t++) {
            double[] reference = ReferenceDynamics.evolve(dynamics(), unit, t);
            double[] computed = new double[reference.length];
            for (int i = 0; i < computed.length; i++) {
                computed[i] = columns.at(t, i);
            }
            assertThat(Agreement.relativeError(computed, reference)).as("J_%d e_%d", t, source).isLessThanOrEqualTo(RELATIVE);
        }
    }

    @Test
    void theProductIsKTimesWeightsTimesX() {
        Solver solver = supporting();
        double[] x = RandomVectors.gaussian(matrix().size(), 11);
        assertThat(Agreement.relativeError(solver.product(matrix(), weights(), x), ReferenceDynamics.product(matrix(), weights(), x)))
                .isLessThanOrEqualTo(RELATIVE);
    }

    @Test
    void theExtremesAreWithinTheirStatedTolerancesOfTheDenseEigenvalues() {
        Solver solver = supporting();
        double[] lambda = DenseReference.eigenvaluesOfS(matrix(), weights());
        SpectrumBounds bounds = solver.extremes(matrix(), weights());
        double rounding = 1e-14 * lambda[lambda.length - 1];

        assertThat(Math.abs(bounds.min() - lambda[0])).as("λ_min %s against %s ± %s", bounds.min(), lambda[0], bounds.minTolerance())
                .isLessThanOrEqualTo(bounds.minTolerance() + rounding);
        assertThat(Math.abs(bounds.max() - lambda[lambda.length - 1]))
                .as("λ_max %s against %s ± %s", bounds.max(), lambda[lambda.length - 1], bounds.maxTolerance())
                .isLessThanOrEqualTo(bounds.maxTolerance() + rounding);
        assertThat(bounds.minTolerance()).as("λ_min's tolerance, relative").isLessThanOrEqualTo(1e-6 * lambda[0]);
    }

    @Test
    void everyEigenvalueAgreesWithTheDenseOnes() {
        Solver solver = supporting();
        double[] lambda = DenseReference.eigenvaluesOfS(matrix(), weights());
        double[] computed = solver.eigenvalues(matrix(), weights()).clone();
        Arrays.sort(computed);

        assertThat(computed).hasSameSizeAs(lambda);
        assertThat(Agreement.maxDifference(computed, lambda)).isLessThanOrEqualTo(RELATIVE * lambda[lambda.length - 1]);
    }

    @Test
    void solveSolvesThePositiveDefiniteSystem() {
        Solver solver = supporting();
        double[] b = RandomVectors.gaussian(matrix().size(), 23);
        double[] x = solver.solve(matrix(), b);
        assertThat(Agreement.relativeError(ReferenceDynamics.times(matrix(), x), b)).isLessThanOrEqualTo(1e-10);
    }

    @Test
    void theObserverSeesEveryIntervalAndCanStopTheRun() {
        Solver solver = create();
        assertThat(EvolveContract.observedSteps(solver, 7, 3)).containsExactly(0, 3, 6, 7);
        EvolveContract.assertStopsWhenTheObserverSaysSoAndLeavesThatState(solver, EvolveContract.smallChain(), new double[] {1, 0, 0});
    }

    @Test
    void badArgumentsAreRejectedNamingThem() {
        EvolveContract.assertRejectsBadArgumentsNamingThem(create());
    }
}
