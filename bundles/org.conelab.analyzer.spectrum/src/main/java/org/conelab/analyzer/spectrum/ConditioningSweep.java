package org.conelab.analyzer.spectrum;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleFunction;
import org.conelab.api.InvalidInputException;
import org.conelab.api.analysis.Table;
import org.conelab.api.analysis.Training;
import org.conelab.api.chart.LineChart;
import org.conelab.api.chart.Series;
import org.conelab.api.loss.Loss;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.Solver;

/**
 * How the conditioning of S = W^½KW^½ moves with the targets, on the run's kernel K₀ and solver:
 * <ul>
 *   <li><b>spread</b>: log-normal targets y = exp(σ·z) (z a seeded standard normal vector, the
 *       same for every σ) with σ = 0 … 2;</li>
 *   <li><b>scale</b>: the run's targets multiplied by a = 10⁻³ … 10³.</li>
 * </ul>
 * At each point, for each loss, W = diag(curvature(y, y)) and κ, λ_max from the solver's
 * extremes; and the same for the <b>target-scaled kernel</b> K = D·K₀·D, D = diag(y), whose S is
 * diag(√w·y)·K₀·diag(√w·y) — the extremes of K₀ with weights w·y², no new matrix. Under IS
 * (w = 1/y²) that is K₀ itself: the case where IS does recover K₀'s conditioning.
 *
 * @param parameterName the swept parameter ({@code sigma} or {@code log10_scale})
 * @param parameter its values
 * @param lossIds the losses
 * @param plain plain[l][p]: K₀ with loss l's weights at point p
 * @param scaled scaled[l][p]: the target-scaled kernel with loss l's weights
 */
record ConditioningSweep(String parameterName, double[] parameter, List<String> lossIds, Conditioning[][] plain,
        Conditioning[][] scaled) {

    /** The largest σ of the spread sweep. */
    static final double MAX_SIGMA = 2.0;
    /** The scale sweep spans 10^−DECADES … 10^DECADES. */
    static final double DECADES = 3.0;

    static ConditioningSweep spread(Solver solver, SymmetricMatrix kernel, List<Training> trainings, int points, long seed) {
        int n = kernel.size();
        double[] z = new double[n];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            z[i] = random.nextGaussian();
        }
        double[] sigma = new double[points];
        for (int p = 0; p < points; p++) {
            sigma[p] = MAX_SIGMA * p / Math.max(points - 1, 1);
        }
        return run("sigma", sigma, s -> {
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = Math.exp(s * z[i]);
            }
            return y;
        }, solver, kernel, trainings);
    }

    static ConditioningSweep scale(Solver solver, SymmetricMatrix kernel, List<Training> trainings, double[] targets, int points) {
        double[] log10Scale = new double[points];
        for (int p = 0; p < points; p++) {
            log10Scale[p] = -DECADES + 2 * DECADES * p / Math.max(points - 1, 1);
        }
        return run("log10_scale", log10Scale, l -> {
            double a = Math.pow(10, l);
            double[] y = new double[targets.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = a * targets[i];
            }
            return y;
        }, solver, kernel, trainings);
    }

    private static ConditioningSweep run(String name, double[] parameter, DoubleFunction<double[]> targetsAt, Solver solver,
            SymmetricMatrix kernel, List<Training> trainings) {
        int losses = trainings.size();
        Conditioning[][] plain = new Conditioning[losses][parameter.length];
        Conditioning[][] scaled = new Conditioning[losses][parameter.length];
        for (int p = 0; p < parameter.length; p++) {
            double[] y = targetsAt.apply(parameter[p]);
            for (int l = 0; l < losses; l++) {
                double[] w = weights(trainings.get(l), y, name, parameter[p]);
                plain[l][p] = Conditioning.of(solver.extremes(kernel, w));
                double[] wy2 = new double[w.length];
                for (int i = 0; i < w.length; i++) {
                    wy2[i] = w[i] * y[i] * y[i];
                }
                scaled[l][p] = Conditioning.of(solver.extremes(kernel, wy2));
            }
        }
        return new ConditioningSweep(name, parameter, trainings.stream().map(Training::lossId).toList(), plain, scaled);
    }

    private static double[] weights(Training training, double[] y, String name, double value) {
        Loss loss = training.loss();
        double[] w = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            w[i] = loss.curvature(y[i], y[i]);
            if (!(w[i] > 0) || Double.isInfinite(w[i])) {
                throw new InvalidInputException("spectrum.sweep", String.format(Locale.ROOT,
                        "%s = %.4g gives target y[%d] = %.4g where the curvature of %s is %s, not a positive finite weight",
                        name, value, i, y[i], training.lossId(), w[i]));
            }
        }
        return w;
    }

    /** @return the index of a loss, or −1 */
    int indexOf(String lossId) {
        return lossIds.indexOf(lossId);
    }

    /** The table: per point, each loss's κ and λ_max on K₀ and κ on the target-scaled kernel. */
    Table table(String tableName) {
        List<String> columns = new ArrayList<>(List.of(parameterName));
        for (String id : lossIds) {
            columns.addAll(List.of("kappa_" + id, "lambda_max_" + id, "kappa_scaled_kernel_" + id));
        }
        List<double[]> rows = new ArrayList<>();
        for (int p = 0; p < parameter.length; p++) {
            double[] row = new double[columns.size()];
            row[0] = parameter[p];
            for (int l = 0; l < lossIds.size(); l++) {
                row[1 + 3 * l] = plain[l][p].kappa();
                row[2 + 3 * l] = plain[l][p].lambdaMax();
                row[3 + 3 * l] = scaled[l][p].kappa();
            }
            rows.add(row);
        }
        return new Table(tableName, columns, rows);
    }

    /** The chart of the IS/MSE ratios against the swept parameter (log scale), when both losses ran. */
    LineChart ratioChart(String chartName, String xLabel, int is, int mse) {
        double[] kappa = new double[parameter.length];
        double[] lambdaMax = new double[parameter.length];
        double[] scaledKappa = new double[parameter.length];
        for (int p = 0; p < parameter.length; p++) {
            kappa[p] = plain[is][p].kappa() / plain[mse][p].kappa();
            lambdaMax[p] = plain[is][p].lambdaMax() / plain[mse][p].lambdaMax();
            scaledKappa[p] = scaled[is][p].kappa() / plain[mse][p].kappa();
        }
        return new LineChart(chartName, "IS against MSE as the targets change (below 1: IS better conditioned)", xLabel,
                "ratio IS / MSE", List.of(new Series("κ_IS / κ_MSE", parameter, kappa),
                        new Series("λmax_IS / λmax_MSE", parameter, lambdaMax),
                        new Series("κ_IS(D·K₀·D) / κ(K₀): target-scaled kernel", parameter, scaledKappa)), true);
    }
}
