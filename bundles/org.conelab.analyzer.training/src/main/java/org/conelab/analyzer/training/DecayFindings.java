package org.conelab.analyzer.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conelab.api.analysis.Coverage;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Verdict;

/**
 * The verdicts on the linearised run: stability, the correct bound and rate
 * ρ = max_k |1 − ηλ_k|, and Lemma 2's rate (1 − ηλ_min⁺).
 *
 * <p>All are measured in the W-norm ‖e‖_W = ‖W^½e‖₂, in which the step I − ηKW is the symmetric
 * I − ηS: ‖e_t‖_W ≤ ρ^t‖e_0‖_W exactly, and Lemma 2's eigenbasis constant κ is 1. Writing
 * W^½e_0 = Σ c_k v_k and μ_k = 1 − ηλ_k, ‖e_t‖²_W = Σ c_k² μ_k^{2t} is log-convex in t, so the
 * per-step factor ‖e_{t+1}‖_W/‖e_t‖_W never decreases and tends to ρ (for an e_0 with a component
 * on the extreme mode). The late-step factor r measured over the last quarter of the steps is
 * thus a lower bound on the asymptotic rate: r above Lemma 2's rate proves that rate wrong, and r
 * within {@value #RATE_TOLERANCE} of ρ confirms ρ.
 */
final class DecayFindings {

    /** Absolute tolerance of a measured rate against a predicted one, besides the spectrum's error bounds. */
    static final double RATE_TOLERANCE = 1e-6;

    private DecayFindings() {
    }

    /**
     * @param suffix the loss suffix of the finding names ({@code ""} or {@code .mse})
     * @param run the linearised run
     * @param spectrum the spectrum of S
     * @param eta η
     * @param slack the rounding slack
     * @return {@code stable}, {@code decay_bound}, {@code decay_rate}, {@code lemma2_rate_formula},
     *     {@code lemma2_bound}, {@code lemma2_rate}
     */
    static List<Finding> of(String suffix, LinearTrajectory run, SpectrumFacts spectrum, double eta, RoundingSlack slack) {
        Recording r = run.recording;
        List<Finding> findings = new ArrayList<>();
        findings.add(stable(suffix, run, spectrum, eta, slack));
        String none = noTrajectory(run);
        String noSpectrum = spectrum.known() ? null : spectrum.minPositiveMethod();
        String noLemma = lemmaUnavailable(spectrum, eta);
        double rho = spectrum.rho(eta);
        double rate = r.lateRate();

        String bound = "decay_bound" + suffix;
        if (none != null || noSpectrum != null) {
            findings.add(Finding.notMeasurable(bound, 0, "log10 of bound", none != null ? none : noSpectrum));
        } else {
            findings.add(envelope(bound, r, rho + spectrum.rhoTolerance(eta), slack, String.format(Locale.ROOT,
                    "max_t log10(‖e_t‖_W / (ρ^t ‖e_0‖_W)), ρ = max_k |1 − ηλ_k| = %.9g (+ %.2g, its error bound), at every "
                            + "observed step of the linearised run", rho, spectrum.rhoTolerance(eta)), "the correct bound"));
        }

        String decay = "decay_rate" + suffix;
        String noRate = none != null ? none : noSpectrum != null ? noSpectrum : Double.isNaN(rate) ? lateWindowMissing(r) : null;
        if (noRate != null) {
            findings.add(Finding.notMeasurable(decay, rho, "/step", noRate));
        } else {
            double tolerance = RATE_TOLERANCE + spectrum.rhoTolerance(eta);
            findings.add(rate(decay, rate, rho, tolerance, lateMethod(r, "ρ = max(|1 − ηλ_min|, |1 − ηλ_max|) = max_k |1 − ηλ_k|")));
        }

        String formula = "lemma2_rate_formula" + suffix;
        String bound2 = "lemma2_bound" + suffix;
        String rate2 = "lemma2_rate" + suffix;
        if (noLemma != null) {
            double expected = spectrum.minPositiveKnown() ? spectrum.lemma2Rate(eta) : Double.NaN;
            findings.add(Finding.notMeasurable(formula, rho, "/step", noLemma));
            findings.add(Finding.notMeasurable(bound2, 0, "log10 of bound", none != null ? none : noLemma));
            findings.add(Finding.notMeasurable(rate2, expected, "/step", none != null ? none : noLemma));
            return findings;
        }
        double p = spectrum.lemma2Rate(eta);
        double agree = spectrum.rhoTolerance(eta) + spectrum.lemma2Tolerance(eta);
        boolean same = Math.abs(p - rho) <= agree;
        findings.add(new Finding(formula, p, rho, agree, "/step", Verdict.of(same), Coverage.DERIVED, same
                ? String.format(Locale.ROOT, "Lemma 2's rate |1 − ηλ_min⁺| against ρ = max_k |1 − ηλ_k| from the spectrum: equal, "
                        + "since η = %.6g ≤ 2/(λ_min + λ_max) = %.6g", eta, spectrum.ratesDifferAbove())
                : differ(spectrum, eta, p, rho)));
        if (none != null) {
            findings.add(Finding.notMeasurable(bound2, 0, "log10 of bound", none));
            findings.add(Finding.notMeasurable(rate2, p, "/step", none));
            return findings;
        }
        findings.add(envelope(bound2, r, p + spectrum.lemma2Tolerance(eta), slack, String.format(Locale.ROOT,
                "max_t log10(‖e_t‖_W / ((1 − ηλ_min⁺)^t ‖e_0‖_W)) with λ_min⁺ = %.9g (%s); κ = 1 in the W-norm, where the "
                        + "eigenbasis of I − ηS is orthonormal", spectrum.minPositive(), spectrum.minPositiveMethod()), "Lemma 2's bound"));
        if (Double.isNaN(rate)) {
            findings.add(Finding.notMeasurable(rate2, p, "/step", lateWindowMissing(r)));
            return findings;
        }
        double tolerance = RATE_TOLERANCE + spectrum.lemma2Tolerance(eta);
        String method = lateMethod(r, "Lemma 2's (1 − ηλ_min⁺)");
        if (same) {
            findings.add(rate(rate2, rate, p, tolerance, method));
        } else if (rate > p + tolerance) {
            findings.add(new Finding(rate2, rate, p, tolerance, "/step", Verdict.FAILS, Coverage.ALL_ENTRIES, method + String.format(
                    Locale.ROOT, "; the measured factor already exceeds it, and can only rise towards ρ = %.9g (log-convexity): "
                            + "no constant κ makes (1 − ηλ_min⁺)^t a bound", rho)));
        } else {
            findings.add(Finding.notMeasurable(rate2, p, "/step", method + String.format(Locale.ROOT,
                    "; r = %.9g does not exceed it yet, though ρ = %.9g does: more steps are needed to tell", rate, rho)));
        }
        return findings;
    }

    /** @return {@code stable}: no certified growth of ‖e_t‖_W between two observations */
    private static Finding stable(String suffix, LinearTrajectory run, SpectrumFacts spectrum, double eta, RoundingSlack slack) {
        String name = "stable" + suffix;
        Recording r = run.recording;
        if (run.nonFiniteStep >= 0) {
            return new Finding(name, Double.POSITIVE_INFINITY, 1, Double.NaN, "factor/step", Verdict.FAILS, Coverage.ALL_ENTRIES,
                    "the linearised run became non-finite at step " + run.nonFiniteStep + " despite rescaling: it diverged");
        }
        if (run.growthStep >= 0) {
            return new Finding(name, run.maxStepFactor, 1, slack.over(1), "factor/step", Verdict.FAILS, Coverage.ALL_ENTRIES,
                    String.format(Locale.ROOT, "the run diverged at step %d: ‖e_t‖_W grew from step %d to step %d beyond rounding, "
                            + "which proves max_k |1 − ηλ_k| > 1 (%s); measured: the largest factor per step",
                            run.growthStep, run.growthFrom, run.growthStep, spectrum.known()
                                    ? String.format(Locale.ROOT, "the spectrum gives %.6g", spectrum.rho(eta)) : "no spectrum stated"));
        }
        if (r.size() < 2 && run.zeroStep < 0) {
            return Finding.notMeasurable(name, 1, "factor/step", "fewer than two observed steps");
        }
        Finding held = new Finding(name, run.maxStepFactor, 1, slack.over(1), "factor/step", Verdict.HOLDS, Coverage.ALL_ENTRIES,
                "largest factor of ‖e_t‖_W per step between two observations of the linearised run; never above 1 "
                        + "(beyond rounding) when max_k |1 − ηλ_k| ≤ 1");
        if (spectrum.known() && spectrum.rho(eta) - spectrum.rhoTolerance(eta) > 1) {
            return held.unmeasurable(String.format(Locale.ROOT, "max_k |1 − ηλ_k| = %.9g > 1: unstable, but ‖e_t‖_W did not "
                    + "grow within %d steps", spectrum.rho(eta), r.lastStep()));
        }
        return held;
    }

    /**
     * @return the check that ‖e_t‖_W ≤ rate^t ‖e_0‖_W at every observed step: measured is
     *     max_t log10(‖e_t‖_W / (rate^t ‖e_0‖_W)), 0 or below when the bound holds
     */
    private static Finding envelope(String name, Recording r, double rate, RoundingSlack slack, String method, String what) {
        double log2Rate = Math.log(rate) / Math.log(2);
        double worst = Double.NEGATIVE_INFINITY;
        int first = -1;
        for (int k = 0; k < r.size(); k++) {
            double excess = excess(r, k, log2Rate);
            worst = Math.max(worst, excess);
            if (first < 0 && excess > slack.log2Over(r.step(k))) {
                first = r.step(k);
            }
        }
        int last = r.lastStep();
        Verdict verdict = Verdict.of(first < 0);
        String outcome = first < 0 ? "" : String.format(Locale.ROOT, "; %s is exceeded from step %d", what, first);
        // in log10: the ratio of a long run above its bound can lie beyond the double range
        return new Finding(name, Norms.log10(worst), 0, Norms.log10(slack.log2Over(last)), "log10 of bound", verdict,
                Coverage.ALL_ENTRIES, method + outcome);
    }

    /** @return log₂(‖e_t‖_W / (rate^t ‖e_0‖_W)) at record k, with 0 at t = 0 and −∞ for an exact zero */
    static double excess(Recording r, int k, double log2Rate) {
        int t = r.step(k);
        if (t == 0) {
            return 0;
        }
        if (r.log2W(k) == Double.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        return r.log2W(k) - r.log2W(0) - t * log2Rate;
    }

    private static Finding rate(String name, double measured, double expected, double tolerance, String method) {
        if (measured > expected + tolerance) {
            return new Finding(name, measured, expected, tolerance, "/step", Verdict.FAILS, Coverage.ALL_ENTRIES,
                    method + "; the measured factor exceeds the bound");
        }
        if (Math.abs(measured - expected) <= tolerance) {
            return new Finding(name, measured, expected, tolerance, "/step", Verdict.HOLDS, Coverage.ALL_ENTRIES, method);
        }
        return Finding.notMeasurable(name, expected, "/step", method + String.format(Locale.ROOT,
                "; r = %.9g is still below it by %.3g: the slowest-decaying modes have not taken over within the run "
                        + "(the factor rises monotonically towards ρ); more steps are needed", measured, expected - measured));
    }

    private static String lateMethod(Recording r, String expected) {
        int from = r.lateStart();
        return String.format(Locale.ROOT, "late-step factor r = (‖e_T‖_W/‖e_a‖_W)^{1/(T−a)} of the linearised run over steps "
                + "a = %d … T = %d (the last quarter), against %s", r.step(from), r.lastStep(), expected);
    }

    /** @return why the run has no trajectory to judge, or null */
    private static String noTrajectory(LinearTrajectory run) {
        Recording r = run.recording;
        if (r.size() > 0 && r.log2W(0) == Double.NEGATIVE_INFINITY) {
            return "e_0 = 0 (f₀ = y): there is no error to decay";
        }
        if (run.nonFiniteStep >= 0) {
            return "the linearised run became non-finite at step " + run.nonFiniteStep;
        }
        return null;
    }

    private static String lateWindowMissing(Recording r) {
        if (r.size() < 2) {
            return "fewer than two observed steps";
        }
        return "the error became exactly zero at step " + r.lastStep();
    }

    /** @return why Lemma 2 does not apply or cannot be evaluated, or null */
    static String lemmaUnavailable(SpectrumFacts spectrum, double eta) {
        if (!spectrum.known() || !spectrum.minPositiveKnown()) {
            return spectrum.minPositiveMethod();
        }
        if (!(eta * spectrum.max() < 2)) {
            return String.format(Locale.ROOT, "η = %.6g ≥ 2/λ_max = %.6g: outside Lemma 2's premise η < 2/λ_max", eta,
                    2 / spectrum.max());
        }
        return null;
    }

    private static String differ(SpectrumFacts spectrum, double eta, double p, double rho) {
        if (spectrum.minPositive() - spectrum.minPositiveTolerance() > spectrum.min() + spectrum.tolerance()) {
            return String.format(Locale.ROOT, "Lemma 2's rate |1 − ηλ_min⁺| = %.9g against ρ = %.9g: S is singular "
                    + "(λ_min = %.3g), and the error's component in its null space never decays", p, rho, spectrum.min());
        }
        return String.format(Locale.ROOT, "Lemma 2's rate |1 − ηλ_min⁺| = %.9g against ρ = max_k |1 − ηλ_k| = %.9g: they differ "
                + "because η = %.6g > 2/(λ_min + λ_max) = %.6g, where the top mode |1 − ηλ_max| decays slower", p, rho, eta,
                spectrum.ratesDifferAbove());
    }
}
