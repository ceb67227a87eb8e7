package org.conelab.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import org.conelab.api.analysis.Experiment;
import org.conelab.api.graph.Graph;

/**
 * Writes a run's {@code inputs.csv}: one row per node with what the training started from, so
 * that any figure can be recomputed outside conelab (with {@code kernel.mtx} and η from
 * {@code training.csv}).
 *
 * <pre>
 * node,target,initial,position_1,…,position_d
 * </pre>
 *
 * <p>{@code node} is the 0-based index i (row i + 1 of {@code kernel.mtx}); {@code target} is
 * y_i; {@code initial} is the initial prediction f₀_i, so e₀ = f₀ − y; {@code position_k} is
 * the node's k-th coordinate in the graph's embedding (a chain's index, a grid's row and
 * column), with no position columns when the graph has none. Values in Java's round-trip
 * decimal form.
 */
final class InputsCsv {

    private InputsCsv() {
    }

    /**
     * @param experiment the run's experiment
     * @param out the destination; not closed
     * @throws IOException when writing fails
     */
    static void write(Experiment experiment, Writer out) throws IOException {
        Graph graph = experiment.graph();
        double[] targets = experiment.targets();
        double[] initial = experiment.initial();
        int dimensions = graph.position(0).map(p -> p.length).orElse(0);
        StringBuilder line = new StringBuilder("node,target,initial");
        for (int k = 1; k <= dimensions; k++) {
            line.append(",position_").append(k);
        }
        out.append(line).append('\n');
        for (int i = 0; i < targets.length; i++) {
            line.setLength(0);
            line.append(i).append(',').append(Numbers.format(targets[i])).append(',').append(Numbers.format(initial[i]));
            Optional<double[]> position = graph.position(i);
            for (int k = 0; k < dimensions; k++) {
                line.append(',');
                if (position.isPresent() && k < position.get().length) {
                    line.append(Numbers.format(position.get()[k]));
                }
            }
            out.append(line).append('\n');
        }
    }
}
