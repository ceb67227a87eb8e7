package org.conelab.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conelab.api.analysis.Experiment;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Training;

/** The human-readable {@code summary.txt} of a run: set-up, then every finding in a table. */
final class Summary {

    private Summary() {
    }

    static String text(PreparedRun run, List<AnalyzerOutcome> outcomes, Duration elapsed) {
        Experiment e = run.experiment();
        StringBuilder text = new StringBuilder();
        text.append("conelab run ").append(e.name()).append('\n');
        line(text, "graph", e.graph().description());
        line(text, "kernel", run.spec().kernel() + ", range R = "
                + (e.kernel().locality().isStrictlyLocal() ? Integer.toString(e.kernel().locality().range()) : "none (decaying)"));
        e.kernel().report().forEach((key, value) -> text.append(String.format(Locale.ROOT, "  %-8s   %s: %s%n", "", key, value)));
        line(text, "solver", e.solverId());
        training(text, "loss", e.primary());
        e.comparison().ifPresent(c -> training(text, "compare", c));
        line(text, "steps", Integer.toString(e.steps()));
        line(text, "time", String.format(Locale.ROOT, "%.2f s", elapsed.toMillis() / 1000.0));
        text.append('\n').append(findingsTable(outcomes));
        return text.toString();
    }

    /** @return the findings as an aligned text table with a verdict tally */
    static String findingsTable(List<AnalyzerOutcome> outcomes) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"analyzer", "finding", "measured", "expected", "unit", "verdict"});
        int holds = 0;
        int fails = 0;
        for (AnalyzerOutcome outcome : outcomes) {
            for (Finding f : outcome.result().findings()) {
                rows.add(new String[] {outcome.id(), f.name(), Numbers.brief(f.measured()), Numbers.brief(f.expected()),
                        f.unit(), f.verdict().label()});
                switch (f.verdict()) {
                    case HOLDS -> holds++;
                    case FAILS -> fails++;
                    default -> { }
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
        return table.append(holds).append(" holds, ").append(fails).append(" fails\n").toString();
    }

    private static void training(StringBuilder text, String key, Training t) {
        line(text, key, String.format(Locale.ROOT, "%s, eta = %s (stability limit 2/λmax = %s, ratio %.3g)",
                t.lossId(), Numbers.brief(t.eta()), Numbers.brief(t.etaLimit()), t.eta() / t.etaLimit()));
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(String.format(Locale.ROOT, "  %-8s %s%n", key, value));
    }

    private static String pad(String s, int width, boolean right) {
        String spaces = " ".repeat(width - s.length());
        return right ? spaces + s : s + spaces;
    }
}
