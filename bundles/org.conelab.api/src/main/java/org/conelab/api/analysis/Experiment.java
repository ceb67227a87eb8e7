package org.conelab.api.analysis;

import java.util.Optional;
import org.conelab.api.graph.Graph;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.solver.Solver;

/**
 * Everything an analyzer measures: the samples, the kernel, the targets and the training
 * set-ups, and the solver to compute with. The arrays are copied in and out, so no analyzer can
 * change them under the next.
 *
 * @param name the pipeline's name
 * @param graph the sample graph
 * @param kernel K and its locality
 * @param targets y, all within the losses' domains
 * @param initial f_0, the initial predictions
 * @param primary the main loss's training set-up
 * @param comparison the comparison loss's set-up, when the pipeline names one
 * @param solver the solver to compute with
 * @param solverId its {@code conelab.id}, for the record
 * @param steps T, the number of training steps to study
 */
public record Experiment(String name, Graph graph, Kernel kernel, double[] targets, double[] initial,
        Training primary, Optional<Training> comparison, Solver solver, String solverId, int steps) {

    /** Copies the arrays. */
    public Experiment {
        targets = targets.clone();
        initial = initial.clone();
    }

    /** @return a copy of the targets */
    @Override
    public double[] targets() {
        return targets.clone();
    }

    /** @return a copy of the initial predictions */
    @Override
    public double[] initial() {
        return initial.clone();
    }

    /**
     * @return the main training set-up followed by the comparison's, when there is one
     * @since 1.1
     */
    public java.util.List<Training> trainings() {
        return comparison.map(c -> java.util.List.of(primary, c)).orElse(java.util.List.of(primary));
    }
}
