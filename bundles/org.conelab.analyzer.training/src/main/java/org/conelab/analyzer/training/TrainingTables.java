package org.conelab.analyzer.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.conelab.api.analysis.Table;

/**
 * The training tables, one column group per loss; an empty cell (NaN) where a trajectory has
 * no value (it stopped, or the step was not observed). Norms and losses are log10 values, so a
 * linearised run beyond the double range keeps exact entries; an exact zero is −∞ ({@code -inf}).
 */
final class TrainingTables {

    private TrainingTables() {
    }

    /** @return {@code trajectory}: per observed step, the linearised and nonlinear errors and losses of each loss */
    static Table trajectory(List<String> lossIds, List<Recording> linear, List<Recording> nonlinear, List<double[]> rates) {
        String[] names = {"linear_log10_error_w_", "linear_log10_error_2_", "linear_log10_quadratic_loss_", "nonlinear_log10_error_w_",
            "nonlinear_log10_error_2_", "nonlinear_log10_loss_", "log10_bound_rho_", "log10_bound_lemma2_",
            "linear_log10_max_relative_error_", "nonlinear_log10_max_relative_error_"};
        List<String> columns = new ArrayList<>(List.of("t"));
        for (String id : lossIds) {
            for (String name : names) {
                columns.add(name + id);
            }
        }
        TreeMap<Integer, double[]> rows = new TreeMap<>();
        for (int s = 0; s < lossIds.size(); s++) {
            int c = 1 + names.length * s;
            Recording lin = linear.get(s);
            double log2W0 = lin.size() > 0 ? lin.log2W(0) : Double.NaN;
            for (int k = 0; k < lin.size(); k++) {
                double[] row = row(rows, lin.step(k), columns.size());
                row[c] = Norms.log10(lin.log2W(k));
                row[c + 1] = Norms.log10(lin.log2Two(k));
                row[c + 2] = Norms.log10(lin.log2Loss(k));
                // ‖e_0‖_W·ρ^t and ‖e_0‖_W·(1 − ηλ_min⁺)^t
                row[c + 6] = Norms.log10(log2W0) + lin.step(k) * Math.log10(rates.get(s)[0]);
                row[c + 7] = Norms.log10(log2W0) + lin.step(k) * Math.log10(rates.get(s)[1]);
                row[c + 8] = Norms.log10(lin.log2Relative(k));
            }
            Recording nl = nonlinear.get(s);
            for (int k = 0; nl != null && k < nl.size(); k++) {
                double[] row = row(rows, nl.step(k), columns.size());
                row[c + 3] = Norms.log10(nl.log2W(k));
                row[c + 4] = Norms.log10(nl.log2Two(k));
                row[c + 5] = Norms.log10(nl.log2Loss(k));
                row[c + 9] = Norms.log10(nl.log2Relative(k));
            }
        }
        return new Table("trajectory", columns, new ArrayList<>(rows.values()));
    }

    /** @return {@code linearisation}: per δ, the gap between the two dynamics for each loss */
    static Table linearisation(List<String> lossIds, List<LinearisationStudy> studies) {
        List<String> columns = new ArrayList<>(List.of("delta"));
        for (String id : lossIds) {
            columns.addAll(List.of("log10_gap_" + id, "relative_gap_" + id, "steps_compared_" + id, "nonlinear_stop_step_" + id,
                    "run_perturbation_" + id));
        }
        TreeMap<Double, double[]> rows = new TreeMap<>();
        for (int s = 0; s < lossIds.size(); s++) {
            int c = 1 + 5 * s;
            for (LinearisationStudy.Point p : studies.get(s).points) {
                double[] row = rows.computeIfAbsent(p.delta(), d -> blank(columns.size(), d));
                row[c] = Norms.log10(p.log2Gap());
                row[c + 1] = p.relativeGap();
                row[c + 2] = p.steps();
                row[c + 3] = p.stopped() ? p.stopStep() : Double.NaN;
                row[c + 4] = p.own() ? 1 : 0;
            }
        }
        return new Table("linearisation", columns, new ArrayList<>(rows.values()));
    }

    /** @return {@code sweep}: per η/(2/λ_max), the rates and outcomes of each loss */
    static Table sweep(List<String> lossIds, List<EtaSweep> sweeps) {
        List<String> columns = new ArrayList<>(List.of("eta_fraction"));
        String[] names = {"eta_", "rho_", "lemma2_rate_", "linear_rate_", "linear_log10_final_ratio_", "linear_diverged_step_",
            "nonlinear_rate_", "nonlinear_log10_final_ratio_", "nonlinear_late_max_relative_error_", "nonlinear_left_domain_step_",
            "nonlinear_diverged_step_"};
        for (String id : lossIds) {
            for (String name : names) {
                columns.add(name + id);
            }
        }
        TreeMap<Double, double[]> rows = new TreeMap<>();
        for (int s = 0; s < lossIds.size(); s++) {
            int c = 1 + names.length * s;
            for (EtaSweep.Point p : sweeps.get(s).points) {
                double[] row = rows.computeIfAbsent(p.fraction(), f -> blank(columns.size(), f));
                row[c] = p.eta();
                row[c + 1] = p.rho();
                row[c + 2] = p.lemma2();
                row[c + 3] = p.linearRate();
                row[c + 4] = Norms.log10(p.linearLog2Final());
                row[c + 5] = p.linearDiverged() ? p.growthStep() : Double.NaN;
                row[c + 6] = p.nonlinearRate();
                row[c + 7] = Norms.log10(p.nonlinearLog2Final());
                row[c + 8] = p.nonlinearLateRelative();
                row[c + 9] = p.nonlinearStop() == NonlinearDescent.Stop.LEFT_DOMAIN ? p.nonlinearStopStep() : Double.NaN;
                boolean diverged = p.nonlinearStop() == NonlinearDescent.Stop.NON_FINITE || p.nonlinearStop() == NonlinearDescent.Stop.DIVERGED;
                row[c + 10] = diverged ? p.nonlinearStopStep() : Double.NaN;
            }
        }
        return new Table("sweep", columns, new ArrayList<>(rows.values()));
    }

    private static double[] row(TreeMap<Integer, double[]> rows, int step, int width) {
        return rows.computeIfAbsent(step, t -> blank(width, t));
    }

    private static double[] blank(int width, double first) {
        double[] row = new double[width];
        Arrays.fill(row, Double.NaN);
        row[0] = first;
        return row;
    }
}
