package org.conelab.analyzer.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;

/**
 * The {@code training.*} keys of a pipeline.
 *
 * @param steps T of the linearised and nonlinear trajectories and of the δ study
 * @param interval observe the trajectories every this many steps
 * @param sweep whether to run the η sweep
 * @param sweepPoints the number of grid points from 0.1 to 1.5 × 2/λ_max
 * @param sweepSteps T of every sweep run
 * @param deltas the initial perturbation sizes δ of the linearisation study, ascending
 */
record TrainingSettings(int steps, int interval, boolean sweep, int sweepPoints, int sweepSteps, List<Double> deltas) {

    static final String DEFAULT_DELTAS = "1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 0.1, 0.3, 0.5";
    static final int DEFAULT_SWEEP_POINTS = 29;
    static final int DEFAULT_SWEEP_STEPS = 500;
    private static final int MAX_STEPS = 100_000_000;

    static final List<ParameterSpec> PARAMETERS = List.of(
            new ParameterSpec("steps", "(the pipeline's steps)", "T of the linearised and nonlinear trajectories and of the δ study"),
            new ParameterSpec("interval", "1", "record the trajectories every this many steps (≥ 1)"),
            new ParameterSpec("sweep", "on", "'on' or 'off': the η sweep from 0.1 to 1.5 × 2/λ_max"),
            new ParameterSpec("sweep_points", Integer.toString(DEFAULT_SWEEP_POINTS),
                    "grid points of the η sweep, evenly spaced from 0.1 to 1.5 × 2/λ_max (≥ 2)"),
            new ParameterSpec("sweep_steps", Integer.toString(DEFAULT_SWEEP_STEPS),
                    "steps of every sweep run: enough for a slowly growing mode to show near 2/λ_max"),
            new ParameterSpec("deltas", DEFAULT_DELTAS,
                    "initial perturbation sizes δ (max_i |f₀,i − y_i|/|y_i|) of the linearisation study, comma-separated, > 0"));

    static TrainingSettings read(Parameters p, int pipelineSteps) {
        int steps = p.integer("steps", pipelineSteps, 0, MAX_STEPS);
        int interval = p.integer("interval", 1, 1, Integer.MAX_VALUE);
        String sweep = p.text("sweep", "on").toLowerCase(Locale.ROOT);
        if (!sweep.equals("on") && !sweep.equals("off")) {
            throw new InvalidInputException(p.qualified("sweep"), "must be 'on' or 'off', got '" + p.text("sweep", "") + "'");
        }
        int points = p.integer("sweep_points", DEFAULT_SWEEP_POINTS, 2, 10_000);
        int sweepSteps = p.integer("sweep_steps", DEFAULT_SWEEP_STEPS, 1, MAX_STEPS);
        return new TrainingSettings(steps, interval, sweep.equals("on"), points, sweepSteps, deltas(p));
    }

    private static List<Double> deltas(Parameters p) {
        String text = p.text("deltas", DEFAULT_DELTAS);
        List<Double> values = new ArrayList<>();
        for (String word : text.split(",")) {
            String item = word.trim();
            double value;
            try {
                value = Double.parseDouble(item);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(p.qualified("deltas"), "must be numbers > 0 separated by commas, got '" + item + "'");
            }
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new InvalidInputException(p.qualified("deltas"), "every δ must be a finite number > 0, got '" + item + "'");
            }
            values.add(value);
        }
        if (values.stream().distinct().count() < 2) {
            throw new InvalidInputException(p.qualified("deltas"), "needs at least two different sizes, got '" + text + "'");
        }
        return values.stream().distinct().sorted().toList();
    }
}
