package org.conelab.analyzer.propagator;

import java.util.ArrayList;
import java.util.List;
import org.conelab.analyzer.propagator.LimitSweep.Point;
import org.conelab.analyzer.propagator.action.NewtonMinimiser;
import org.conelab.api.analysis.Table;

/** The analyzer's numeric tables (written as {@code propagator-<name>.csv}). */
final class PropagatorTables {

    /** The most rows of the {@code action} table (φ per node); larger chains are cut there. */
    static final int ACTION_ROWS = 100_000;

    private PropagatorTables() {
    }

    static Table convergence(List<ConvergenceStudy.Result> results, PropagatorSettings s) {
        List<double[]> rows = new ArrayList<>();
        for (ConvergenceStudy.Result r : results) {
            for (int k = 0; k < r.levels().size(); k++) {
                ConvergenceStudy.Level level = r.levels().get(k);
                double ratio = k == 0 ? Double.NaN : r.levels().get(k - 1).maxRelativeError() / level.maxRelativeError();
                boolean last = k == r.levels().size() - 1 && r.fit() != null;
                rows.add(new double[] {r.dimension(), level.spacing(), s.length() / level.spacing(), level.nodes(), level.maxRelativeError(),
                        ratio, level.seconds(), last ? r.fit().length() : Double.NaN, last ? s.lambda() / Math.pow(r.fit().length(), 2) : Double.NaN,
                        last ? r.fit().rms() : Double.NaN});
            }
        }
        return new Table("convergence", List.of("dimension", "h", "length_over_h", "nodes", "max_rel_error", "error_ratio", "seconds",
                "fitted_length", "fitted_m2", "fit_rms"), rows);
    }

    /** Every sweep point; shape codes: 0 contact, 1 exponential, 2 linear, 3 logarithmic, 4 power law; kind 0 y0 up, 1 λ down, 2 massless. */
    static Table limits(List<LimitSweep.Result> results) {
        List<double[]> rows = new ArrayList<>();
        for (LimitSweep.Result r : results) {
            for (Point p : r.points()) {
                rows.add(new double[] {r.dimension(), p.kind().code, p.factor(), p.lambda(), p.y0(), p.theoryLength(), r.spacing(),
                        r.half(), p.shape().shape().code(), p.shape().length(), p.shape().lengthRms(), p.shape().exponent(),
                        p.shape().exponentRms(), p.shape().pureExponent(), p.shape().points(), p.atSource(), p.seconds()});
            }
        }
        return new Table("limits", List.of("dimension", "sweep", "factor", "lambda", "y0", "theory_length", "h", "half", "shape",
                "fitted_length", "length_rms", "exponent", "exponent_rms", "pure_exponent", "points", "g0", "seconds"), rows);
    }

    static Table newton(List<ActionStudy.Fit> fits) {
        List<double[]> rows = new ArrayList<>();
        for (ActionStudy.Fit fit : fits) {
            for (NewtonMinimiser.Iteration it : fit.result().iterations()) {
                rows.add(new double[] {fit.lambda(), it.iteration(), it.action(), it.residual(), it.residualTwo(), it.step(), it.minPhi(),
                        it.modified() ? 1 : 0, it.backtracks()});
            }
        }
        return new Table("newton", List.of("lambda", "iteration", "action", "residual_inf", "residual_2", "step", "min_phi", "modified",
                "backtracks"), rows);
    }

    static Table action(double[] y, List<ActionStudy.Fit> fits) {
        List<String> columns = new ArrayList<>(List.of("node", "y"));
        fits.forEach(f -> columns.add("phi_lambda_" + f.lambda()));
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(y.length, ACTION_ROWS); i++) {
            double[] row = new double[columns.size()];
            row[0] = i;
            row[1] = y[i];
            for (int k = 0; k < fits.size(); k++) {
                row[2 + k] = fits.get(k).result().phi()[i];
            }
            rows.add(row);
        }
        return new Table("action", columns, rows);
    }

    static Table actionSummary(List<ActionStudy.Fit> fits) {
        List<double[]> rows = new ArrayList<>();
        for (ActionStudy.Fit fit : fits) {
            NewtonMinimiser.Result r = fit.result();
            rows.add(new double[] {fit.lambda(), r.iterations().size() - 1, r.converged() ? 1 : 0, r.last().residual(), fit.fdGradient(),
                    r.observedOrder(), r.minPhiOverIterates(), r.modifiedSteps(), fit.misfit(), fit.roughness()});
        }
        return new Table("action-summary", List.of("lambda", "iterations", "converged", "residual", "fd_gradient", "order", "min_phi",
                "modified_steps", "mean_is_loss", "roughness_ratio"), rows);
    }

    static Table response(ActionStudy.Result r) {
        List<double[]> rows = new ArrayList<>();
        for (ActionStudy.Response x : r.responses()) {
            rows.add(new double[] {x.epsilon(), x.deviation(), x.length(), x.iterations(), x.centre()});
        }
        return new Table("response", List.of("epsilon", "deviation", "fitted_length", "iterations", "centre_response"), rows);
    }
}
