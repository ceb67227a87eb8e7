package org.conelab.analyzer.lightcone;

import java.util.Locale;
import org.conelab.api.analysis.Coverage;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Training;
import org.conelab.api.analysis.Verdict;

/**
 * Whether the linearised run stayed stable (paper, Lemma 2), judged on the response itself.
 *
 * <p>J_t = (I − ηKW)^t = W^{−½}(I − ηS)^t W^{½}, so when ρ = max_k |1 − ηλ_k(S)| ≤ 1,
 * <pre>
 *   ‖J_t·e_j‖₂ ≤ ‖W^{−½}‖₂ · ρ^t · ‖W^{½}e_j‖₂ ≤ B = √(w_j / w_min)   for every t.
 * </pre>
 * A response whose wide-range norm exceeds B (by more than rounding) — or a solver that returned
 * a non-finite value — has <em>diverged</em>; its measured growth factor per step, fitted from
 * the step it left the bound to T, is reported against ρ. A run with ρ &gt; 1 whose response has
 * not yet left the bound is not called stable either.
 *
 * @param divergedStep the first step the response left the bound or the solver went non-finite, or −1
 * @param ratio max_t ‖J_t·e_j‖₂ / B
 * @param growth the measured growth factor per step after divergence (NaN when none)
 * @param radius ρ from the solver's spectrum bounds (NaN when unknown)
 */
record Stability(int divergedStep, double ratio, double growth, double radius) {

    /** Relative slack on the bound B for the rounding of the norm and of the bound itself. */
    static final double BOUND_SLACK = 1e-9;

    static Stability of(ConeMeasurement m, Training training, int source) {
        double[] w = training.weights();
        double wMin = Double.POSITIVE_INFINITY;
        for (double v : w) {
            wMin = Math.min(wMin, v);
        }
        double log2Bound = 0.5 * (Math.log(w[source] / wMin) / Math.log(2));
        double log2Slack = Math.log1p(BOUND_SLACK) / Math.log(2);
        int left = -1;
        double worst = Double.NEGATIVE_INFINITY;
        for (int t = 0; t <= m.steps; t++) {
            worst = Math.max(worst, m.log2Norm[t] - log2Bound);
            if (left < 0 && m.log2Norm[t] > log2Bound + log2Slack) {
                left = t;
            }
        }
        int diverged = left < 0 ? m.nonFiniteStep : m.nonFiniteStep < 0 ? left : Math.min(left, m.nonFiniteStep);
        double growth = Double.NaN;
        if (left >= 0) {
            int from = left == m.steps ? Math.max(0, left - 1) : left;
            if (m.steps > from) {
                growth = Math.pow(2, (m.log2Norm[m.steps] - m.log2Norm[from]) / (m.steps - from));
            }
        }
        return new Stability(diverged, Math.pow(2, worst), growth, training.spectralRadius());
    }

    boolean diverged() {
        return divergedStep >= 0;
    }

    /** @return why the claims of a diverged run cannot be measured */
    String reason() {
        return String.format(Locale.ROOT, "the run diverged at step %d (growth ×%.4g per step, max_k |1 − ηλ_k| = %.4g)",
                divergedStep, growth, radius);
    }

    /** @return the finding: {@code diverged} (fails), or {@code stable} (holds, or not measurable when ρ &gt; 1) */
    Finding finding(String suffix) {
        if (diverged()) {
            return new Finding("diverged" + suffix, growth, radius, Double.NaN, "growth/step", Verdict.FAILS, Coverage.ALL_ENTRIES,
                    String.format(Locale.ROOT, "‖J_t·e_j‖₂ (wide-range) left the stable bound √(w_j/w_min), or the solver "
                            + "went non-finite, at step %d; growth fitted from there to T, expected max_k |1 − ηλ_k(S)|",
                            divergedStep));
        }
        Finding stable = new Finding("stable" + suffix, ratio, 1, BOUND_SLACK, "of bound", Verdict.HOLDS, Coverage.ALL_ENTRIES,
                "max_t ‖J_t·e_j‖₂ / √(w_j/w_min) in wide-range arithmetic; ≤ 1 whenever max_k |1 − ηλ_k| ≤ 1");
        if (radius > 1) {
            return stable.unmeasurable(String.format(Locale.ROOT, "max_k |1 − ηλ_k| = %.6g > 1: the run is unstable, "
                    + "but J_t·e_j has not left the bound within T steps", radius));
        }
        return stable;
    }
}
