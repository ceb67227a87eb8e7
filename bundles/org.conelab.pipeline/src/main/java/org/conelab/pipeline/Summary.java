package org.conelab.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.conelab.api.analysis.Coverage;
import org.conelab.api.analysis.Experiment;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Training;
import org.conelab.api.analysis.Verdict;
import org.conelab.api.kernel.KernelFacts;
import org.conelab.api.solver.SpectrumBounds;

/** The human-readable {@code summary.txt} of a run: set-up, then every finding in a table. */
final class Summary {

    /** The relative accuracy of λ_max below which every solver resolves the same η. */
    static final double SAME_ETA_RELATIVE = 1e-12;

    private Summary() {
    }

    /**
     * @param run the planned run
     * @param outcomes every analyzer's result
     * @param elapsed how long the run took
     * @param warnings what the run passed over without failing; listed last, one {@code warning:}
     *     line each
     * @return the text of {@code summary.txt}
     */
    static String text(PreparedRun run, List<AnalyzerOutcome> outcomes, Duration elapsed, List<String> warnings) {
        Experiment e = run.experiment();
        StringBuilder text = new StringBuilder();
        text.append("conelab run ").append(e.name()).append('\n');
        line(text, "graph", e.graph().description());
        line(text, "kernel", run.spec().kernel() + ", range R = "
                + (e.kernel().locality().isStrictlyLocal() ? Integer.toString(e.kernel().locality().range()) : "none (decaying)"));
        e.kernel().report().forEach((key, value) -> text.append(String.format(Locale.ROOT, "  %-8s   %s: %s%n", "", key, value)));
        KernelFacts facts = e.kernel().facts();
        text.append(String.format(Locale.ROOT, "  %-8s   %s: λ_min(K) %s, λ_max(K) %s%n  %-8s   (%s)%n", "", facts.definiteness().label(),
                interval(facts.lambdaMinLower(), facts.lambdaMinUpper()), interval(facts.lambdaMaxLower(), facts.lambdaMaxUpper()),
                "", facts.method()));
        line(text, "solver", e.solverId() + (run.solverChoice().isEmpty() ? "" : " (" + run.solverChoice() + ")"));
        training(text, "loss", e.primary());
        e.comparison().ifPresent(c -> training(text, "compare", c));
        line(text, "steps", Integer.toString(e.steps()));
        line(text, "time", String.format(Locale.ROOT, "%.2f s", elapsed.toMillis() / 1000.0));
        text.append('\n').append(findingsTable(outcomes));
        warnings.forEach(w -> text.append("warning: ").append(w).append('\n'));
        return text.toString();
    }

    /**
     * @return the findings as an aligned text table (with how each was measured), the reasons of
     *     the claims that could not be measured, and a verdict tally
     */
    static String findingsTable(List<AnalyzerOutcome> outcomes) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"analyzer", "finding", "measured", "expected", "unit", "verdict", "measured on"});
        Map<Verdict, Integer> tally = new EnumMap<>(Verdict.class);
        StringBuilder reasons = new StringBuilder();
        for (AnalyzerOutcome outcome : outcomes) {
            for (Finding f : outcome.result().findings()) {
                rows.add(new String[] {outcome.id(), f.name(), Numbers.brief(f.measured()), Numbers.brief(f.expected()),
                        f.unit(), f.verdict().label(), f.coverage() == Coverage.UNSTATED ? "" : f.coverage().label()});
                tally.merge(f.verdict(), 1, Integer::sum);
                if (f.verdict() == Verdict.NOT_MEASURABLE) {
                    reasons.append("  ").append(f.name()).append(" not measurable: ").append(f.method()).append('\n');
                }
            }
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                line.append(c == 0 ? "" : "  ").append(pad(row[c], widths[c], c >= 2 && c <= 3));
            }
            table.append(line.toString().stripTrailing()).append('\n');
        }
        table.append(reasons);
        table.append(tally.getOrDefault(Verdict.HOLDS, 0)).append(" holds, ").append(tally.getOrDefault(Verdict.FAILS, 0))
                .append(" fails");
        int unmeasurable = tally.getOrDefault(Verdict.NOT_MEASURABLE, 0);
        return (unmeasurable > 0 ? table.append(", ").append(unmeasurable).append(" not measurable") : table).append('\n').toString();
    }

    /**
     * The loss's η, then the spectrum of S it was resolved against: λ_max with its stated error,
     * the interval of 2/λ_max that follows (η is taken from its safe, lower end), and λ_min and κ.
     * When λ_max is known to less than {@link #SAME_ETA_RELATIVE}, says that another solver may
     * give another η.
     */
    private static void training(StringBuilder text, String key, Training t) {
        line(text, key, String.format(Locale.ROOT, "%s, eta = %s (%.3g × the stability limit 2/λmax = %s)",
                t.lossId(), Numbers.brief(t.eta()), t.eta() / t.etaLimit(), Numbers.brief(t.etaLimit())));
        SpectrumBounds s = t.spectrum();
        if (Double.isNaN(s.max())) {
            return;
        }
        String limits = s.maxTolerance() > 0
                ? String.format(Locale.ROOT, "2/λmax ∈ [%s, %s], η from the safe end", Numbers.brief(t.etaLimit()),
                        Numbers.brief(2 / Math.max(s.maxLower(), Double.MIN_NORMAL)))
                : "exact to rounding";
        line(text, "", String.format(Locale.ROOT, "λmax(S) = %s ± %s (%s)", Numbers.brief(s.max()),
                Numbers.brief(s.maxTolerance()), limits));
        line(text, "", String.format(Locale.ROOT, "λmin(S) = %s ± %s, κ(S) = %s", Numbers.brief(s.min()),
                Numbers.brief(s.minTolerance()), Numbers.brief(s.conditionNumber())));
        if (s.maxTolerance() > SAME_ETA_RELATIVE * s.max()) {
            line(text, "", String.format(Locale.ROOT, "λmax is known to %.2g relative only (the solver's stated bound): "
                    + "another solver may resolve another η", s.maxTolerance() / s.max()));
        }
    }

    /** @return "= v" for a point, "∈ [lo, hi]", "≥ lo", "≤ hi", or "unknown" */
    static String interval(double lower, double upper) {
        if (Double.isInfinite(lower) && Double.isInfinite(upper)) {
            return "unknown";
        }
        if (Double.isInfinite(upper)) {
            return "≥ " + Numbers.brief(lower);
        }
        if (Double.isInfinite(lower)) {
            return "≤ " + Numbers.brief(upper);
        }
        String lo = Numbers.brief(lower);
        String hi = Numbers.brief(upper);
        return lo.equals(hi) ? "= " + lo : "∈ [" + lo + ", " + hi + "]";
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(String.format(Locale.ROOT, "  %-8s %s%n", key, value));
    }

    private static String pad(String s, int width, boolean right) {
        String spaces = " ".repeat(width - s.length());
        return right ? spaces + s : s + spaces;
    }
}
