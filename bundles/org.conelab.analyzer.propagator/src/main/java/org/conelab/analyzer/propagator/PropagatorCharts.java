package org.conelab.analyzer.propagator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conelab.analyzer.propagator.LimitSweep.Kind;
import org.conelab.analyzer.propagator.LimitSweep.Point;
import org.conelab.analyzer.propagator.action.NewtonMinimiser;
import org.conelab.api.chart.ChartSpec;
import org.conelab.api.chart.LineChart;
import org.conelab.api.chart.Series;

/** The analyzer's charts, as library-free specifications. */
final class PropagatorCharts {

    /** The most nodes of φ against y drawn (the table has them all, up to its own cap). */
    static final int ACTION_NODES = 400;

    private PropagatorCharts() {
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** G along an axis of the finest lattice against the closed form with the walls' images and without, on a log axis. */
    static ChartSpec profile(ConvergenceStudy.Result r, PropagatorSettings s) {
        int d = r.dimension();
        String reference = d == 1 ? "eq. (6)" : d == 2 ? "K0(r/ℓ)/(2πλ)" : "exp(−r/ℓ)/(4πλr)";
        double h = r.finest().spacing();
        return new LineChart("profile-" + d + "d",
                f("%d-D propagator along an axis: lattice (h = ℓ/%.0f) vs %s; λ = %s, y0 = %s, walls at %sℓ", d, s.length() / h, reference,
                        Brief.of(s.lambda()), Brief.of(s.y0()), Brief.of(s.box())),
                "x", "G(x)", List.of(new Series("lattice, h = ℓ/" + Math.round(s.length() / h), r.radius(), r.computed()),
                        new Series(reference + " with the walls' images", r.radius(), r.reference()),
                        new Series(reference + " in free space", r.radius(), r.free())),
                true, false);
    }

    /** Max relative error against h per dimension, log-log, with the fitted lines. */
    static ChartSpec convergence(List<ConvergenceStudy.Result> results) {
        List<Series> series = new ArrayList<>();
        StringBuilder slopes = new StringBuilder();
        for (ConvergenceStudy.Result r : results) {
            if (r.unmeasurable() != null) {
                continue;
            }
            double[] h = r.levels().stream().mapToDouble(ConvergenceStudy.Level::spacing).toArray();
            double[] e = r.levels().stream().mapToDouble(ConvergenceStudy.Level::maxRelativeError).toArray();
            double[] line = new double[h.length];
            for (int k = 0; k < h.length; k++) {
                line[k] = Math.exp(r.order().intercept() + r.order().slope() * Math.log(h[k]));
            }
            series.add(new Series(r.dimension() + "-D max relative error", h, e));
            series.add(new Series(f("%d-D fit, slope %.3f", r.dimension(), r.order().slope()), h, line));
            slopes.append(slopes.length() == 0 ? "" : ", ").append(f("%d-D %.2f", r.dimension(), r.order().slope()));
        }
        return new LineChart("convergence", "Max relative error of the lattice propagator against h (slopes " + slopes + ")",
                "spacing h", "max |u − G|/G", series, true, true);
    }

    /** The profiles of one sweep and the massless one, G(r)/G(h) against r/h, log-log. */
    static ChartSpec limits(LimitSweep.Result r, Kind kind, PropagatorSettings s) {
        List<Series> series = new ArrayList<>();
        List<Point> sweep = r.of(kind);
        for (int j = 0; j < sweep.size(); j += s.steps()) {
            series.add(profile(sweep.get(j), kind == Kind.Y0_UP ? f("y0 × %.0e: %s", sweep.get(j).factor(), sweep.get(j).shape().describe())
                    : f("λ ÷ %.0e: %s", sweep.get(j).factor(), sweep.get(j).shape().describe()), r.half()));
        }
        series.add(profile(r.extreme(Kind.MASSLESS), "m² = 0: " + r.extreme(Kind.MASSLESS).shape().describe(), r.half()));
        String what = kind == Kind.Y0_UP ? "y0 → ∞" : "λ → 0";
        return new LineChart("limits-" + (kind == Kind.Y0_UP ? "y0" : "lambda") + "-" + r.dimension() + "d",
                f("%d-D propagator as %s (walls at %d h): G(r)/G(h) along an axis", r.dimension(), what, r.half()), "r/h", "G(r)/G(h)",
                series, true, true);
    }

    private static Series profile(Point p, String label, int half) {
        double[] x = new double[half - 1];
        double[] y = new double[half - 1];
        for (int k = 1; k < half; k++) {
            x[k - 1] = k;
            // values below the solves' accuracy are gaps, not data
            y[k - 1] = p.axis()[k] > LimitSweep.FLOOR * p.atSource() ? p.axis()[k] / p.axis()[1] : Double.NaN;
        }
        return new Series(label, x, y);
    }

    /** Fitted ℓ against the factor applied, per dimension and sweep, with eq. (6)'s lines. */
    static ChartSpec lengths(List<LimitSweep.Result> results, PropagatorSettings s) {
        List<Series> series = new ArrayList<>();
        for (LimitSweep.Result r : results) {
            if (r.unmeasurable() != null) {
                continue;
            }
            for (Kind kind : new Kind[] {Kind.Y0_UP, Kind.LAMBDA_DOWN}) {
                List<Point> sweep = r.of(kind);
                double[] x = sweep.stream().mapToDouble(Point::factor).toArray();
                double[] y = sweep.stream().mapToDouble(p -> p.shape().length()).toArray();
                series.add(new Series(f("%d-D, %s", r.dimension(), kind == Kind.Y0_UP ? "y0 × factor" : "λ ÷ factor"), x, y));
            }
        }
        if (!results.isEmpty()) {
            List<Point> sweep = results.get(0).of(Kind.Y0_UP);
            double[] x = sweep.stream().mapToDouble(Point::factor).toArray();
            double[] up = new double[x.length];
            double[] down = new double[x.length];
            for (int k = 0; k < x.length; k++) {
                up[k] = s.length() * x[k];
                down[k] = s.length() / Math.sqrt(x[k]);
            }
            series.add(new Series("eq. (6): √(2λ)·y0, y0 × factor", x, up));
            series.add(new Series("eq. (6): √(2λ)·y0, λ ÷ factor", x, down));
        }
        return new LineChart("length", "Fitted correlation length along the sweeps (flat where it outgrows the box or falls below h)",
                "factor", "ℓ", series, true, true);
    }

    /** φ against y on the first nodes, one line per λ. */
    static ChartSpec action(double[] y, List<ActionStudy.Fit> fits) {
        int n = Math.min(y.length, ACTION_NODES);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        List<Series> series = new ArrayList<>();
        series.add(new Series("targets y", x, java.util.Arrays.copyOf(y, n)));
        for (ActionStudy.Fit fit : fits) {
            series.add(new Series("φ, λ = " + Brief.of(fit.lambda()), x, java.util.Arrays.copyOf(fit.result().phi(), n)));
        }
        return new LineChart("action-phi", f("Minimiser φ of eq. (1) against the targets y (nodes 0 … %d): the gradient term smooths", n - 1),
                "node i", "y, φ", series, true, false);
    }

    /** Newton's residual against the iteration, one line per λ. */
    static ChartSpec residuals(List<ActionStudy.Fit> fits) {
        List<Series> series = new ArrayList<>();
        for (ActionStudy.Fit fit : fits) {
            List<NewtonMinimiser.Iteration> table = fit.result().iterations();
            double[] k = table.stream().mapToDouble(NewtonMinimiser.Iteration::iteration).toArray();
            double[] r = table.stream().mapToDouble(NewtonMinimiser.Iteration::residual).toArray();
            series.add(new Series("λ = " + Brief.of(fit.lambda()), k, r));
        }
        return new LineChart("newton", "Newton on eq. (1): residual ‖∇S_h‖∞/h by iteration", "iteration", "residual", series, true, false);
    }
}
