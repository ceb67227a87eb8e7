package org.conelab.analyzer.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import org.conelab.api.analysis.Coverage;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Verdict;
import org.conelab.api.loss.Loss;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.progress.Progress;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.Solver;

/**
 * Where the NTK linearisation stops being valid: the gap between the linearised and the
 * nonlinear trajectories from initial errors of relative size δ.
 *
 * <p>The direction is the run's own initial error: with s_i = |y_i| (1 where y_i = 0) and
 * r_i = (f₀,i − y_i)/s_i, the initial error of size δ is e₀(δ) = δ·s∘r/max_i|r_i|, so that
 * max_i |e₀,i|/s_i = δ; the run's own δ₀ = max_i |r_i| is studied too. The linearised trajectory
 * is linear in δ, so one {@link Solver#evolve} from e₀(1), observed every step, gives every
 * e_t^lin(δ) = δ·e_t^lin(1); beside it each nonlinear trajectory takes its step. The gap is
 * max_{t ≤ T} ‖e_t^lin(δ) − e_t^nl(δ)‖_W (up to the step where the nonlinear one stopped). A
 * gradient that is smooth at f = y gives a gap of O(δ²): its slope on a log–log least-squares fit
 * over δ ≤ {@value #FIT_LIMIT} is compared with 2.
 */
final class LinearisationStudy {

    /** The largest δ that enters the slope fit: the asymptotic regime. */
    static final double FIT_LIMIT = 0.01;
    /** Tolerance of the fitted slope against 2. */
    static final double SLOPE_TOLERANCE = 0.1;
    /** A relative gap below this at every fitted δ means the trajectories coincide to rounding. */
    static final double ROUNDING_GAP = 1e-10;
    /** A relative gap from which the linearisation is called invalid. */
    static final double BREAKDOWN_GAP = 0.1;

    /** One δ: the gap, the linearised size, and where the nonlinear run stopped. */
    record Point(double delta, boolean own, double log2Gap, double log2Linear, int steps, int stopStep, String stopReason) {

        /** @return max_t gap / max_t ‖e_t^lin‖_W */
        double relativeGap() {
            return Math.pow(2, log2Gap - log2Linear);
        }

        boolean stopped() {
            return stopStep >= 0;
        }
    }

    final List<Point> points;
    final double ownDelta;
    final String unavailable;
    final int linearStop;

    private LinearisationStudy(List<Point> points, double ownDelta, String unavailable, int linearStop) {
        this.points = points;
        this.ownDelta = ownDelta;
        this.unavailable = unavailable;
        this.linearStop = linearStop;
    }

    static LinearisationStudy run(Solver solver, SymmetricMatrix kernel, Loss loss, double[] y, double[] f0, double[] weights,
            double eta, List<Double> deltas, int steps, Progress progress) {
        int n = y.length;
        double[] s = new double[n];
        double[] r = new double[n];
        double own = 0;
        for (int i = 0; i < n; i++) {
            s[i] = y[i] == 0 ? 1 : Math.abs(y[i]);
            r[i] = (f0[i] - y[i]) / s[i];
            own = Math.max(own, Math.abs(r[i]));
        }
        if (loss == null) {
            return new LinearisationStudy(List.of(), own, "no loss given: the nonlinear gradient is unknown", -1);
        }
        if (!(own > 0) || Double.isInfinite(own)) {
            return new LinearisationStudy(List.of(), own, "f₀ = y: no direction to perturb along (init.perturbation = 0)", -1);
        }
        double[] unit = new double[n];
        for (int i = 0; i < n; i++) {
            // e₀(1) = s∘r / max|r|
            unit[i] = s[i] * r[i] / own;
        }
        TreeSet<Double> all = new TreeSet<>(deltas);
        all.add(own);
        double[] sizes = all.stream().mapToDouble(Double::doubleValue).toArray();
        double[] root = Norms.sqrt(weights);
        NonlinearDescent[] runs = new NonlinearDescent[sizes.length];
        NonlinearDescent.Workspace workspace = new NonlinearDescent.Workspace(n);
        double[] log2Gap = new double[sizes.length];
        double[] log2Lin = new double[sizes.length];
        int[] reached = new int[sizes.length];
        Arrays.fill(log2Gap, Double.NEGATIVE_INFINITY);
        Arrays.fill(log2Lin, Double.NEGATIVE_INFINITY);
        for (int k = 0; k < sizes.length; k++) {
            double[] e0 = new double[n];
            for (int i = 0; i < n; i++) {
                e0[i] = sizes[k] * unit[i];
            }
            runs[k] = new NonlinearDescent(solver, kernel, loss, y, root, eta, e0, workspace);
        }
        int[] linearStop = {-1};
        double limit = Math.scalb(1.0, 900);
        solver.evolve(new LinearDynamics(kernel, weights, eta), unit, steps, 1, (t, lin) -> {
            if (progress.isCancelled()) {
                return false;
            }
            double linear = Norms.log2(root, lin);
            if (Double.isNaN(linear) || Norms.maxAbs(null, lin) > limit) {
                // beyond here δ·e^lin could not be formed in doubles: the study ends at this step
                linearStop[0] = t;
                return false;
            }
            for (int k = 0; k < sizes.length; k++) {
                NonlinearDescent run = runs[k];
                if (!run.check()) {
                    continue;
                }
                reached[k] = t;
                log2Gap[k] = Math.max(log2Gap[k], Norms.log2Difference(root, sizes[k], lin, run.error()));
                log2Lin[k] = Math.max(log2Lin[k], linear + Math.log(sizes[k]) / Math.log(2));
                if (t < steps) {
                    run.advance();
                }
            }
            return true;
        });
        if (progress.isCancelled()) {
            throw new CancellationException("training: cancelled");
        }
        List<Point> points = new ArrayList<>();
        for (int k = 0; k < sizes.length; k++) {
            points.add(new Point(sizes[k], sizes[k] == own, log2Gap[k], log2Lin[k],
                    reached[k], runs[k].stopStep(), runs[k].reason()));
        }
        return new LinearisationStudy(points, own, null, linearStop[0]);
    }

    /**
     * @param suffix the loss suffix
     * @return {@code linearisation_order}, {@code linearisation_gap}, {@code linearisation_breakdown}
     */
    List<Finding> findings(String suffix) {
        String order = "linearisation_order" + suffix;
        String gap = "linearisation_gap" + suffix;
        String breakdown = "linearisation_breakdown" + suffix;
        if (unavailable != null) {
            return List.of(Finding.notMeasurable(order, 2, "slope", unavailable), Finding.notMeasurable(gap, Double.NaN, "relative", unavailable),
                    Finding.notMeasurable(breakdown, Double.NaN, "δ", unavailable));
        }
        List<Finding> findings = new ArrayList<>();
        List<Point> fitted = points.stream().filter(p -> p.delta() <= FIT_LIMIT && !p.stopped() && Double.isFinite(p.log2Gap())).toList();
        if (fitted.size() < 2) {
            findings.add(Finding.notMeasurable(order, 2, "slope", String.format(Locale.ROOT,
                    "fewer than two δ ≤ %.2g whose nonlinear run completed with a non-zero gap", FIT_LIMIT)));
        } else if (fitted.stream().allMatch(p -> p.relativeGap() <= ROUNDING_GAP)) {
            findings.add(Finding.notMeasurable(order, 2, "slope", String.format(Locale.ROOT,
                    "the two trajectories coincide to rounding (relative gap ≤ %.1e at every δ ≤ %.2g): the loss's gradient is "
                            + "linear in f, so there is no δ² term to measure", ROUNDING_GAP, FIT_LIMIT)));
        } else {
            double[] x = fitted.stream().mapToDouble(p -> Math.log10(p.delta())).toArray();
            double[] v = fitted.stream().mapToDouble(p -> Norms.log10(p.log2Gap())).toArray();
            double slope = slope(x, v);
            findings.add(new Finding(order, slope, 2, SLOPE_TOLERANCE, "slope", Verdict.of(Math.abs(slope - 2) <= SLOPE_TOLERANCE),
                    Coverage.ALL_ENTRIES, String.format(Locale.ROOT, "least-squares slope of log10 max_t ‖e_t^lin − e_t^nl‖_W against "
                            + "log10 δ over the %d values δ = %s … %s (≤ %.2g), T = %d steps; O(δ²) predicts 2", fitted.size(),
                            brief(fitted.get(0).delta()), brief(fitted.get(fitted.size() - 1).delta()), FIT_LIMIT, fitted.get(0).steps())));
        }
        Point mine = points.stream().filter(Point::own).findFirst().orElseThrow();
        findings.add(mine.stopped() && mine.steps() == 0
                ? Finding.notMeasurable(gap, Double.NaN, "relative", mine.stopReason())
                : new Finding(gap, mine.relativeGap(), Double.NaN, Double.NaN, "relative", Verdict.INFO, Coverage.ALL_ENTRIES,
                        String.format(Locale.ROOT, "max_t ‖e_t^lin − e_t^nl‖_W / max_t ‖e_t^lin‖_W from the run's own f₀ "
                                + "(δ₀ = %s), over %d steps%s", brief(ownDelta), mine.steps(),
                                mine.stopped() ? "; the nonlinear run stopped: " + mine.stopReason() : "")));
        Point broken = points.stream().filter(p -> p.stopped() || p.relativeGap() >= BREAKDOWN_GAP).findFirst().orElse(null);
        double largest = points.get(points.size() - 1).delta();
        findings.add(broken == null
                ? new Finding(breakdown, Double.NaN, Double.NaN, Double.NaN, "δ", Verdict.INFO, Coverage.ALL_ENTRIES, String.format(
                        Locale.ROOT, "the relative gap stays below %.0f%% for every δ up to %s", 100 * BREAKDOWN_GAP, brief(largest)))
                : new Finding(breakdown, broken.delta(), Double.NaN, Double.NaN, "δ", Verdict.INFO, Coverage.ALL_ENTRIES,
                        broken.stopped() ? "the smallest δ studied whose nonlinear run stopped: " + broken.stopReason()
                                : String.format(Locale.ROOT, "the smallest δ studied whose relative gap max_t ‖e^lin − e^nl‖_W / "
                                        + "max_t ‖e^lin‖_W reaches %.0f%% (%.3g)", 100 * BREAKDOWN_GAP, broken.relativeGap())));
        return findings;
    }

    /** @return the least-squares slope of v against x */
    static double slope(double[] x, double[] v) {
        double mx = 0;
        double mv = 0;
        for (int k = 0; k < x.length; k++) {
            mx += x[k] / x.length;
            mv += v[k] / x.length;
        }
        double sxv = 0;
        double sxx = 0;
        for (int k = 0; k < x.length; k++) {
            // slope = Σ(x − x̄)(v − v̄) / Σ(x − x̄)²
            sxv += (x[k] - mx) * (v[k] - mv);
            sxx += (x[k] - mx) * (x[k] - mx);
        }
        return sxv / sxx;
    }

    static String brief(double value) {
        return String.format(Locale.ROOT, "%.3g", value);
    }
}
