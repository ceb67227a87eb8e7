package org.conelab.api.solver;

/**
 * Watches an evolution. Called with t = 0 before the first step and then every
 * {@code interval} steps and after the last step.
 */
@FunctionalInterface
public interface StepObserver {

    /**
     * @param step the number of steps taken so far
     * @param error the current state e_t; read only, valid during the call
     * @return {@code false} to stop the evolution early (for example on cancellation)
     */
    boolean observe(int step, double[] error);
}
