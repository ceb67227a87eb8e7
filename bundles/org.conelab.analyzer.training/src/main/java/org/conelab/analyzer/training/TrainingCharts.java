package org.conelab.analyzer.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conelab.api.chart.LineChart;
import org.conelab.api.chart.Series;

/**
 * The training pictures. Every ordinate is a finite number: norms and losses are drawn as
 * log10 values (a linearised run beyond the double range still has one), points that are not
 * finite are left out, and a trajectory that stopped ends where it stopped.
 */
final class TrainingCharts {

    /** Points of the theory curves of the sweep chart. */
    private static final int CURVE_POINTS = 281;

    private TrainingCharts() {
    }

    /**
     * @return log10(‖e_t‖_W/‖e_0‖_W) against t: linearised, nonlinear, the bound ρ^t and Lemma 2's (1 − ηλ_min⁺)^t
     */
    static LineChart error(String name, String lossId, double eta, Recording linear, Recording nonlinear, double rho, double lemma2) {
        List<Series> series = new ArrayList<>();
        add(series, "linearised e_{t+1} = (I − ηKW)e_t", relative(linear, Recording::log2W));
        if (nonlinear != null) {
            add(series, "nonlinear f_{t+1} = f_t − ηK∇L(f_t)", relative(nonlinear, Recording::log2W));
        }
        int last = Math.max(linear.lastStep(), nonlinear == null ? 0 : nonlinear.lastStep());
        if (Double.isFinite(rho) && rho > 0) {
            add(series, String.format(Locale.ROOT, "ρ^t, ρ = max_k |1 − ηλ_k| = %.6g", rho), line(last, Math.log10(rho)));
        }
        if (Double.isFinite(lemma2) && lemma2 > 0) {
            add(series, String.format(Locale.ROOT, "Lemma 2: (1 − ηλ_min⁺)^t = %.6g^t", lemma2), line(last, Math.log10(lemma2)));
        }
        return new LineChart(name, String.format(Locale.ROOT, "Training error, %s, η = %.4g (W-norm)", lossId, eta), "step t",
                "log10 ‖e_t‖_W / ‖e_0‖_W", series, false);
    }

    /** @return log10 of the loss against t: the nonlinear L(f_t) and the linearised run's quadratic model, per loss */
    static LineChart loss(List<String> lossIds, List<Recording> linear, List<Recording> nonlinear) {
        List<Series> series = new ArrayList<>();
        for (int k = 0; k < lossIds.size(); k++) {
            if (nonlinear.get(k) != null) {
                add(series, "L(f_t), nonlinear, " + lossIds.get(k), absolute(nonlinear.get(k), Recording::log2Loss));
            }
            add(series, "½‖e_t‖²_W, linearised, " + lossIds.get(k), absolute(linear.get(k), Recording::log2Loss));
        }
        return new LineChart("loss", "Loss against t", "step t", "log10 loss", series, false);
    }

    /**
     * @return the per-step factors against η/(2/λ_max): measured (linearised, nonlinear), the
     *     correct max_k |1 − ηλ_k| and Lemma 2's |1 − ηλ_min⁺|, as curves
     */
    static LineChart sweep(String name, String lossId, EtaSweep sweep, SpectrumFacts spectrum) {
        List<Series> series = new ArrayList<>();
        List<double[]> linear = new ArrayList<>();
        List<double[]> nonlinear = new ArrayList<>();
        for (EtaSweep.Point p : sweep.points) {
            linear.add(new double[] {p.fraction(), p.linearRate()});
            nonlinear.add(new double[] {p.fraction(), p.nonlinearRate()});
        }
        add(series, "measured, linearised (late steps)", linear);
        add(series, "measured, nonlinear (runs that completed)", nonlinear);
        if (spectrum.known()) {
            List<double[]> rho = new ArrayList<>();
            List<double[]> lemma = new ArrayList<>();
            for (int k = 0; k < CURVE_POINTS; k++) {
                double fraction = EtaSweep.FROM + (EtaSweep.TO - EtaSweep.FROM) * k / (CURVE_POINTS - 1);
                rho.add(new double[] {fraction, spectrum.rho(fraction * sweep.etaLimit)});
                if (spectrum.minPositiveKnown()) {
                    lemma.add(new double[] {fraction, spectrum.lemma2Rate(fraction * sweep.etaLimit)});
                }
            }
            double kink = EtaSweep.windowStart(spectrum, sweep.etaLimit);
            if (kink > EtaSweep.FROM && kink < EtaSweep.TO) {
                rho.add(new double[] {kink, spectrum.rho(kink * sweep.etaLimit)});
                rho.sort((a, b) -> Double.compare(a[0], b[0]));
            }
            add(series, "max_k |1 − ηλ_k| (correct)", rho);
            add(series, "Lemma 2: |1 − ηλ_min⁺|", lemma);
        }
        add(series, "1: diverges above", List.of(new double[] {EtaSweep.FROM, 1}, new double[] {EtaSweep.TO, 1}));
        return new LineChart(name, String.format(Locale.ROOT, "Per-step factor of ‖e_t‖_W against η, %s (%d steps)", lossId,
                sweep.steps), "η / (2/λ_max)", "factor per step", series, false);
    }

    /**
     * @return log10(‖e_T‖_W/‖e_0‖_W) after the sweep's T steps against η/(2/λ_max): positive where
     *     training diverges; the nonlinear runs that stopped (domain, non-finite, diverged) are left
     *     out, and are listed in the sweep table
     */
    static LineChart sweepError(String name, String lossId, EtaSweep sweep, SpectrumFacts spectrum) {
        List<Series> series = new ArrayList<>();
        List<double[]> linear = new ArrayList<>();
        List<double[]> nonlinear = new ArrayList<>();
        List<double[]> rho = new ArrayList<>();
        for (EtaSweep.Point p : sweep.points) {
            linear.add(new double[] {p.fraction(), Norms.log10(p.linearLog2Final())});
            nonlinear.add(new double[] {p.fraction(), Norms.log10(p.nonlinearLog2Final())});
            rho.add(new double[] {p.fraction(), sweep.steps * Math.log10(p.rho())});
        }
        add(series, "linearised", linear);
        add(series, "nonlinear (runs that did not stop)", nonlinear);
        if (spectrum.known()) {
            add(series, "bound T·log10 max_k |1 − ηλ_k|", rho);
        }
        add(series, "0: the initial error", List.of(new double[] {EtaSweep.FROM, 0}, new double[] {EtaSweep.TO, 0}));
        return new LineChart(name, String.format(Locale.ROOT, "Error after %d steps against η, %s", sweep.steps, lossId),
                "η / (2/λ_max)", "log10 ‖e_T‖_W / ‖e_0‖_W", series, false);
    }

    /** @return log10 max_t ‖e^lin − e^nl‖_W against log10 δ per loss, and a line of slope 2 */
    static LineChart linearisation(List<String> lossIds, List<LinearisationStudy> studies) {
        List<Series> series = new ArrayList<>();
        double[] anchor = null;
        for (int k = 0; k < lossIds.size(); k++) {
            List<double[]> points = new ArrayList<>();
            for (LinearisationStudy.Point p : studies.get(k).points) {
                if (!p.stopped()) {
                    points.add(new double[] {Math.log10(p.delta()), Norms.log10(p.log2Gap())});
                }
            }
            add(series, "gap, " + lossIds.get(k), points);
            if (anchor == null) {
                anchor = points.stream().filter(q -> Double.isFinite(q[1])).findFirst().orElse(null);
            }
        }
        if (anchor != null) {
            // drawn one decade above the first gap, so that it does not hide a gap of slope 2
            double x1 = anchor[0] + 3;
            add(series, "slope 2 (O(δ²)), one decade above", List.of(new double[] {anchor[0], anchor[1] + 1},
                    new double[] {x1, anchor[1] + 7}));
        }
        return new LineChart("linearisation", "Linearised against nonlinear training: max_t ‖e_t^lin − e_t^nl‖_W",
                "log10 δ (initial relative perturbation)", "log10 gap", series, false);
    }

    interface Column {
        double at(Recording recording, int k);
    }

    private static List<double[]> relative(Recording r, Column column) {
        List<double[]> points = new ArrayList<>();
        for (int k = 0; k < r.size(); k++) {
            points.add(new double[] {r.step(k), Norms.log10(column.at(r, k) - r.log2W(0))});
        }
        return points;
    }

    private static List<double[]> absolute(Recording r, Column column) {
        List<double[]> points = new ArrayList<>();
        for (int k = 0; k < r.size(); k++) {
            points.add(new double[] {r.step(k), Norms.log10(column.at(r, k))});
        }
        return points;
    }

    private static List<double[]> line(int last, double log10Rate) {
        return List.of(new double[] {0, 0}, new double[] {last, last * log10Rate});
    }

    /** Adds the series of the finite points, if there is one. */
    private static void add(List<Series> series, String label, List<double[]> points) {
        List<double[]> finite = points.stream().filter(p -> Double.isFinite(p[0]) && Double.isFinite(p[1])).toList();
        if (finite.isEmpty()) {
            return;
        }
        series.add(new Series(label, finite.stream().mapToDouble(p -> p[0]).toArray(), finite.stream().mapToDouble(p -> p[1]).toArray()));
    }
}
