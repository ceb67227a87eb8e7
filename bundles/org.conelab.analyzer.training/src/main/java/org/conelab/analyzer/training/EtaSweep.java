package org.conelab.analyzer.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import org.conelab.api.analysis.Coverage;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Training;
import org.conelab.api.analysis.Verdict;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.progress.Progress;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.Solver;

/**
 * Training against the step size: η = φ·2/λ_max for φ from {@value #FROM} to {@value #TO}
 * (2/λ_max the limit the pipeline resolved η against, from the safe end of λ_max's error bound).
 * At every φ the linearised run (its late-step factor against ρ(η) = max_k |1 − ηλ_k| and
 * Lemma 2's |1 − ηλ_min⁺|, and whether it diverges: ‖e_t‖_W certified to grow, see
 * {@link LinearTrajectory}) and the nonlinear run (where it leaves the domain or diverges).
 *
 * <p>Where the grid has no point between 2/(λ_min + λ_max) and 2/λ_max, the window in which
 * Lemma 2's rate is wrong though training is stable, its midpoint is added. The first grid
 * interval in which the linearised run starts to diverge is then halved {@value #BISECTIONS}
 * times, with runs that stop at the first certified growth.
 */
final class EtaSweep {

    static final double FROM = 0.1;
    static final double TO = 1.5;
    static final int BISECTIONS = 14;
    /** How far beyond 2/λ_max (in units of it) the onset of divergence may be found and still agree. */
    static final double THRESHOLD_TOLERANCE = 0.01;

    /** One step size: the linearised and the nonlinear outcome. */
    record Point(double fraction, double eta, double rho, double lemma2, double linearRate, double linearLog2Final,
            int growthStep, double nonlinearRate, double nonlinearLog2Final, double nonlinearLateRelative,
            NonlinearDescent.Stop nonlinearStop, int nonlinearStopStep, String nonlinearReason) {

        boolean linearDiverged() {
            return growthStep >= 0;
        }

        /** @return whether the nonlinear run stopped: it left the domain, became non-finite or diverged */
        boolean nonlinearStopped() {
            return nonlinearStop.failed();
        }
    }

    final List<Point> points;
    final int steps;
    /** The bisection's bracket: diverging at {@code hi}, not within T steps at {@code lo} (NaN: none diverged). */
    final double lo;
    final double hi;
    final double etaLimit;
    /** The worst sample's relative error at the start, max_i |e_0,i|/s_i. */
    final double initialRelative;

    private EtaSweep(List<Point> points, int steps, double lo, double hi, double etaLimit, double initialRelative) {
        this.initialRelative = initialRelative;
        this.points = points;
        this.steps = steps;
        this.lo = lo;
        this.hi = hi;
        this.etaLimit = etaLimit;
    }

    static EtaSweep run(Solver solver, SymmetricMatrix kernel, Training training, SpectrumFacts spectrum, double[] y, double[] f0,
            int count, int steps, int interval, Progress progress) {
        double limit = training.etaLimit();
        double[] w = training.weights();
        double[] root = Norms.sqrt(w);
        double[] relative = Norms.inverseScale(y);
        double[] e0 = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            e0[i] = f0[i] - y[i];
        }
        RoundingSlack.Model slack = RoundingSlack.model(kernel, w);
        List<Point> points = new ArrayList<>();
        for (double fraction : fractions(count, spectrum, limit)) {
            if (progress.isCancelled()) {
                throw new CancellationException("training: cancelled");
            }
            double eta = fraction * limit;
            LinearTrajectory linear = linear(solver, kernel, w, relative, eta, e0, steps, interval, spectrum, slack, false, progress);
            Recording nonlinear = new Recording();
            NonlinearDescent descent = training.loss() == null ? null
                    : NonlinearDescent.run(new NonlinearDescent(solver, kernel, training.loss(), y, root, eta, e0), steps, interval,
                            nonlinear, progress);
            boolean complete = descent != null && !descent.stop().failed();
            points.add(new Point(fraction, eta, spectrum.known() ? spectrum.rho(eta) : Double.NaN,
                    spectrum.minPositiveKnown() ? spectrum.lemma2Rate(eta) : Double.NaN, linear.recording.lateRate(),
                    linear.recording.log2FinalRatio(), linear.growthStep, complete ? nonlinear.lateRate() : Double.NaN,
                    complete ? nonlinear.log2FinalRatio() : Double.NaN, complete ? nonlinear.lateMaxRelative() : Double.NaN,
                    descent == null ? NonlinearDescent.Stop.NONE : descent.stop(), descent == null ? -1 : descent.stopStep(),
                    descent == null ? "no loss given" : descent.reason()));
            progress.worked(1);
        }
        int first = -1;
        for (int k = 0; k < points.size() && first < 0; k++) {
            if (points.get(k).linearDiverged()) {
                first = k;
            }
        }
        double lo = first <= 0 ? (first < 0 ? points.get(points.size() - 1).fraction() : 0) : points.get(first - 1).fraction();
        double hi = first < 0 ? Double.NaN : points.get(first).fraction();
        for (int b = 0; b < BISECTIONS && first >= 0; b++) {
            double mid = 0.5 * (lo + hi);
            LinearTrajectory probe = linear(solver, kernel, w, relative, mid * limit, e0, steps, interval, spectrum, slack, true, progress);
            if (probe.growthStep >= 0) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return new EtaSweep(points, steps, lo, hi, limit, Norms.maxAbs(relative, e0));
    }

    private static LinearTrajectory linear(Solver solver, SymmetricMatrix kernel, double[] w, double[] relative, double eta,
            double[] e0, int steps, int interval, SpectrumFacts spectrum, RoundingSlack.Model slack, boolean stopAtGrowth,
            Progress progress) {
        double bound = spectrum.known() ? spectrum.rho(eta) + spectrum.rhoTolerance(eta) : Double.NaN;
        return LinearTrajectory.run(solver, new LinearDynamics(kernel, w, eta), relative, e0, steps, interval, bound, slack.at(eta),
                stopAtGrowth, progress);
    }

    /** @return the grid φ_j = ((count−1−j)·FROM + j·TO)/(count−1), and the midpoint of the window where Lemma 2's rate is wrong */
    static List<Double> fractions(int count, SpectrumFacts spectrum, double limit) {
        TreeSet<Double> grid = new TreeSet<>();
        for (int j = 0; j < count; j++) {
            grid.add(((count - 1 - j) * FROM + j * TO) / (count - 1));
        }
        double from = windowStart(spectrum, limit);
        if (from < 1 && grid.subSet(from, false, 1.0, false).isEmpty()) {
            grid.add(0.5 * (from + 1));
        }
        return List.copyOf(grid);
    }

    /** @return the fraction of 2/λ_max above which Lemma 2's rate differs from ρ: 2/(λ_min + λ_max) in units of the limit */
    static double windowStart(SpectrumFacts spectrum, double limit) {
        if (!spectrum.known() || !spectrum.minPositiveKnown()) {
            return Double.NaN;
        }
        if (singular(spectrum)) {
            return 0;
        }
        return spectrum.ratesDifferAbove() / limit;
    }

    static boolean singular(SpectrumFacts spectrum) {
        return spectrum.minPositive() - spectrum.minPositiveTolerance() > spectrum.min() + spectrum.tolerance();
    }

    /**
     * @param suffix the loss suffix
     * @param spectrum the spectrum of S
     * @return {@code divergence_threshold}, {@code rate_bound_sweep}, {@code lemma2_rate_sweep},
     *     {@code nonlinear_divergence_onset}, {@code nonlinear_beyond_limit}
     */
    List<Finding> findings(String suffix, SpectrumFacts spectrum) {
        List<Finding> findings = new ArrayList<>();
        findings.add(threshold("divergence_threshold" + suffix, spectrum));
        findings.add(rateBound("rate_bound_sweep" + suffix, spectrum));
        findings.add(lemma2("lemma2_rate_sweep" + suffix, spectrum));
        findings.add(nonlinearOnset("nonlinear_divergence_onset" + suffix));
        findings.add(beyondLimit("nonlinear_beyond_limit" + suffix));
        return findings;
    }

    private Finding threshold(String name, SpectrumFacts spectrum) {
        String unit = "× 2/λmax";
        if (Double.isNaN(hi)) {
            return Finding.notMeasurable(name, 1, unit, String.format(Locale.ROOT,
                    "the linearised run was not seen to diverge within %d steps up to %.2f × 2/λ_max", steps, TO));
        }
        double upper = spectrum.known() && spectrum.max() - spectrum.tolerance() > 0
                ? (spectrum.max() + spectrum.tolerance()) / (spectrum.max() - spectrum.tolerance()) : 1;
        long stableAbove = points.stream().filter(p -> p.fraction() > hi && !p.linearDiverged()).count();
        String method = String.format(Locale.ROOT, "%d halvings of the sweep's first diverging interval: the linearised run "
                + "diverges at %.6f × 2/λ_max and not within %d steps at %.6f × (diverging: ‖e_t‖_W certified to grow between "
                + "two observations, which needs max_k |1 − ηλ_k| > 1); 2/λ_max = %.9g from the safe end of λ_max's bound%s",
                BISECTIONS, hi, steps, lo, etaLimit, stableAbove > 0 ? "; " + stableAbove + " grid points above it did not diverge" : "");
        if (hi < 1) {
            return new Finding(name, hi, 1, THRESHOLD_TOLERANCE, unit, Verdict.FAILS, Coverage.ALL_ENTRIES,
                    method + "; growth below 2/λ_max contradicts Lemma 2's stability condition");
        }
        if (hi > upper + THRESHOLD_TOLERANCE) {
            return Finding.notMeasurable(name, 1, unit, method + String.format(Locale.ROOT,
                    "; first seen more than %.2f beyond the limit: near it the growing mode needs more than %d steps to show",
                    THRESHOLD_TOLERANCE, steps));
        }
        return new Finding(name, hi, 1, THRESHOLD_TOLERANCE + (upper - 1), unit, Verdict.HOLDS, Coverage.ALL_ENTRIES, method);
    }

    private Finding rateBound(String name, SpectrumFacts spectrum) {
        if (!spectrum.known()) {
            return Finding.notMeasurable(name, 0, "/step", spectrum.minPositiveMethod());
        }
        double worst = Double.NEGATIVE_INFINITY;
        double tolerance = 0;
        boolean holds = true;
        int measured = 0;
        for (Point p : points) {
            if (Double.isFinite(p.linearRate())) {
                double t = DecayFindings.RATE_TOLERANCE + spectrum.rhoTolerance(p.eta());
                worst = Math.max(worst, p.linearRate() - p.rho());
                tolerance = Math.max(tolerance, t);
                holds &= p.linearRate() <= p.rho() + t;
                measured++;
            }
        }
        if (measured == 0) {
            return Finding.notMeasurable(name, 0, "/step", "no sweep point has a late-step factor");
        }
        return new Finding(name, worst, 0, tolerance, "/step", Verdict.of(holds), Coverage.ALL_ENTRIES, String.format(Locale.ROOT,
                "max over the %d sweep points of r − max_k |1 − ηλ_k|, r the linearised run's late-step factor over the last "
                        + "quarter of %d steps: never positive beyond the tolerance when ρ is the correct rate", measured, steps));
    }

    private Finding lemma2(String name, SpectrumFacts spectrum) {
        double expected = windowStart(spectrum, etaLimit);
        if (!spectrum.known() || !spectrum.minPositiveKnown()) {
            return Finding.notMeasurable(name, expected, "× 2/λmax", spectrum.minPositiveMethod());
        }
        int premise = 0;
        int agree = 0;
        List<Point> contradicted = new ArrayList<>();
        for (Point p : points) {
            if (!(p.eta() * spectrum.max() < 2) || !Double.isFinite(p.linearRate())) {
                continue;
            }
            premise++;
            double t = DecayFindings.RATE_TOLERANCE + spectrum.lemma2Tolerance(p.eta());
            if (p.linearRate() > p.lemma2() + t) {
                contradicted.add(p);
            } else if (Math.abs(p.linearRate() - p.lemma2()) <= t) {
                agree++;
            }
        }
        String where = singular(spectrum) ? "S is singular, so they differ at every η"
                : String.format(Locale.ROOT, "they differ above 2/(λ_min + λ_max) = %.9g × 2/λ_max", expected);
        if (!contradicted.isEmpty()) {
            Point first = contradicted.get(0);
            return new Finding(name, first.fraction(), expected, Double.NaN, "× 2/λmax", Verdict.FAILS, Coverage.ALL_ENTRIES,
                    String.format(Locale.ROOT, "at %d of the %d sweep points with η < 2/λ_max the linearised run's late-step "
                            + "factor exceeds Lemma 2's |1 − ηλ_min⁺| (from %.4g × 2/λ_max: measured %.6g against %.6g, "
                            + "ρ = %.6g); %s", contradicted.size(), premise, first.fraction(), first.linearRate(), first.lemma2(),
                            first.rho(), where));
        }
        if (premise > 0 && agree == premise) {
            return new Finding(name, Double.NaN, expected, DecayFindings.RATE_TOLERANCE, "× 2/λmax", Verdict.HOLDS,
                    Coverage.ALL_ENTRIES, String.format(Locale.ROOT, "the late-step factor agrees with Lemma 2's rate at all %d sweep "
                            + "points with η < 2/λ_max; %s", premise, where));
        }
        return Finding.notMeasurable(name, expected, "× 2/λmax", String.format(Locale.ROOT, "no sweep point contradicts Lemma 2's "
                + "rate, but only %d of %d agree with it within %.0e: the others have not converged within %d steps; %s", agree,
                premise, DecayFindings.RATE_TOLERANCE, steps, where));
    }

    private Finding nonlinearOnset(String name) {
        Point first = points.stream().filter(Point::nonlinearStopped).findFirst().orElse(null);
        String linear = Double.isNaN(hi) ? "the linearised run did not diverge in the sweep"
                : String.format(Locale.ROOT, "the linearised run diverges from %.4g × 2/λ_max", hi);
        if (first == null) {
            return new Finding(name, Double.NaN, Double.NaN, Double.NaN, "× 2/λmax", Verdict.INFO, Coverage.ALL_ENTRIES, String.format(
                    Locale.ROOT, "the nonlinear run stayed in the loss's domain, finite and below %.0e × its initial error at "
                            + "every η up to %.2f × 2/λ_max (%d steps); %s", NonlinearDescent.DIVERGED, TO, steps, linear));
        }
        return new Finding(name, first.fraction(), Double.NaN, Double.NaN, "× 2/λmax", Verdict.INFO, Coverage.ALL_ENTRIES,
                String.format(Locale.ROOT, "the smallest sweep η at which the nonlinear run stops (it left the domain, became "
                        + "non-finite, or its error grew %.0e×): %s; %s", NonlinearDescent.DIVERGED, first.nonlinearReason(), linear));
    }

    /**
     * Beyond the linearised threshold y is an unstable fixed point of the nonlinear map
     * f ↦ f − ηK∇L(f) (its Jacobian at y is I − ηKW, with max_k |1 − ηλ_k| &gt; 1), so a run from a
     * generic f₀ cannot converge to it; one that does not stop stays bounded elsewhere, typically
     * oscillating on the samples with the largest weights.
     */
    private Finding beyondLimit(String name) {
        List<Point> bounded = points.stream().filter(p -> p.linearDiverged() && !p.nonlinearStopped()).toList();
        long diverged = points.stream().filter(Point::linearDiverged).count();
        if (bounded.isEmpty()) {
            return new Finding(name, 0, Double.NaN, Double.NaN, "points", Verdict.INFO, Coverage.ALL_ENTRIES, String.format(
                    Locale.ROOT, "of the %d sweep points where the linearised run diverges, none has a nonlinear run that stays bounded",
                    diverged));
        }
        Point first = bounded.get(0);
        return new Finding(name, bounded.size(), Double.NaN, Double.NaN, "points", Verdict.INFO, Coverage.ALL_ENTRIES,
                String.format(Locale.ROOT, "at %d of the %d sweep points where the linearised run diverges the nonlinear run stays in "
                        + "the domain and bounded, but it cannot converge to y, an unstable fixed point there (the nonlinear map's "
                        + "Jacobian at y is I − ηKW): at %.4g × 2/λ_max its worst sample's relative error over the last quarter of "
                        + "%d steps reaches %.3g (initial %.3g)", bounded.size(), diverged, first.fraction(), steps,
                        first.nonlinearLateRelative(), initialRelative));
    }
}
