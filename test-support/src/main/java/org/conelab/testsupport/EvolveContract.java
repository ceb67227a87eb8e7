package org.conelab.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.conelab.api.InvalidInputException;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.Solver;

/**
 * The observer protocol of {@link Solver#evolve} that every solver keeps, as checks a solver's own
 * test calls: the observer sees t = 0, every interval-th step and the last step once; returning
 * false stops the run and leaves e at the state it was shown; bad arguments are rejected naming them.
 */
public final class EvolveContract {

    private EvolveContract() {
    }

    /** @return the 3-node chain K = T(1, 0.4), W = I, η = ½: small, stable, every solver supports it */
    public static LinearDynamics smallChain() {
        return new LinearDynamics(ToeplitzSpectrum.matrix(3, 1, 0.4), RandomVectors.ones(3), 0.5);
    }

    /** @return the steps the solver shows its observer evolving e_0 = (1, 0, 0) on {@link #smallChain} */
    public static List<Integer> observedSteps(Solver solver, int steps, int interval) {
        List<Integer> seen = new ArrayList<>();
        solver.evolve(smallChain(), new double[] {1, 0, 0}, steps, interval, (t, state) -> seen.add(t));
        return seen;
    }

    /**
     * Asserts that an observer returning false at t = 4 (interval 2) stops the run after 4 steps
     * with e equal to four uninterrupted steps, and that one returning false at t = 0 leaves e_0.
     *
     * @param initial e_0, not modified
     */
    public static void assertStopsWhenTheObserverSaysSoAndLeavesThatState(Solver solver, LinearDynamics dynamics,
            double[] initial) {
        double[] fourSteps = initial.clone();
        solver.evolve(dynamics, fourSteps, 4, 1, (t, state) -> true);

        double[] stopped = initial.clone();
        List<Integer> seen = new ArrayList<>();
        int taken = solver.evolve(dynamics, stopped, 100, 2, (t, state) -> seen.add(t) && t < 4);

        assertThat(taken).isEqualTo(4);
        assertThat(seen).containsExactly(0, 2, 4);
        assertThat(stopped).containsExactly(fourSteps);

        double[] untouched = initial.clone();
        assertThat(solver.evolve(dynamics, untouched, 100, 1, (t, state) -> false)).isZero();
        assertThat(untouched).containsExactly(initial);
    }

    /** Asserts that a wrong error length, negative steps and interval 0 are rejected naming the argument. */
    public static void assertRejectsBadArgumentsNamingThem(Solver solver) {
        LinearDynamics dynamics = smallChain();
        assertThatThrownBy(() -> solver.evolve(dynamics, new double[2], 1, 1, (t, e) -> true))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("error: ");
        assertThatThrownBy(() -> solver.evolve(dynamics, new double[3], -1, 1, (t, e) -> true))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("steps: ");
        assertThatThrownBy(() -> solver.evolve(dynamics, new double[3], 1, 0, (t, e) -> true))
                .isInstanceOf(InvalidInputException.class).hasMessage("interval: must be >= 1, got 0");
    }
}
