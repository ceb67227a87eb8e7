package org.conelab.audit;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conelab.api.audit.ClaimVerdict;

/**
 * The audit's page, {@code report.html}: rendered by JMustache (embedded in this bundle) from
 * {@code report.mustache}; every value goes through the template's HTML escaping ({@code {{…}}}),
 * none is concatenated into markup here.
 */
final class ReportPage {

    /** A claim with its decision. */
    record Section(Claim claim, Decision decision) {
    }

    private static final Template TEMPLATE = load();

    private ReportPage() {
    }

    static String render(List<Section> sections, List<PaperAuditService.RunSummary> runs, String stamp, Duration took,
            String pipelines) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("stamp", stamp);
        page.put("took", String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0));
        page.put("pipelines", pipelines);
        Map<String, PaperAuditService.RunSummary> byName = new LinkedHashMap<>();
        runs.forEach(r -> byName.put(r.name(), r));
        List<Map<String, Object>> list = new ArrayList<>();
        int number = 1;
        for (Section s : sections) {
            list.add(section(number++, s, byName));
        }
        page.put("sections", list);
        page.put("runs", runs.stream().map(r -> Map.of("name", r.name(), "folder", r.folder(), "file", r.file(),
                "took", String.format(Locale.ROOT, "%.1f s", r.took().toMillis() / 1000.0),
                "graph", r.resolved().getOrDefault("graph", "") + " n=" + r.resolved().getOrDefault("n", ""),
                "kernel", r.resolved().getOrDefault("kernel", ""),
                "solver", r.resolved().getOrDefault("solver", ""),
                "analyzers", r.resolved().getOrDefault("analyzers", ""))).toList());
        page.put("counts", counts(sections));
        return TEMPLATE.execute(page);
    }

    private static Map<String, Object> section(int number, Section s, Map<String, PaperAuditService.RunSummary> runs) {
        Claim c = s.claim();
        Decision d = s.decision();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("id", c.id());
        m.put("title", c.title());
        m.put("quote", c.quote());
        m.put("tested", c.tested());
        m.put("verdict", d.verdict().label());
        m.put("badge", badge(d.verdict()));
        m.put("reason", d.reason());
        m.put("condition", c.condition());
        m.put("hasCondition", !c.condition().isEmpty());
        m.put("rows", d.cited().stream().map(ReportPage::row).toList());
        m.put("hasRows", !d.cited().isEmpty());
        m.put("missing", d.missing().stream().map(Evidence::toString).toList());
        Set<String> names = new LinkedHashSet<>();
        c.evidence().forEach(e -> names.add(e.run()));
        c.conditional().forEach(e -> names.add(e.run()));
        List<Map<String, Object>> charts = new ArrayList<>();
        List<Map<String, Object>> csvs = new ArrayList<>();
        for (String name : names) {
            PaperAuditService.RunSummary run = runs.get(name);
            if (run == null) {
                if (CurvatureCheck.RUN.equals(name)) {
                    csvs.add(Map.of("href", CurvatureCheck.CSV, "label", CurvatureCheck.CSV));
                }
                continue;
            }
            csvs.add(Map.of("href", run.folder() + "/findings.csv", "label", name + "/findings.csv"));
            for (String png : run.charts()) {
                charts.add(Map.of("src", run.folder() + "/" + png, "caption", name + ": " + caption(png) + " (" + png + ")"));
            }
        }
        m.put("charts", charts);
        m.put("hasCharts", !charts.isEmpty());
        m.put("csvs", csvs);
        return m;
    }

    private static Map<String, Object> row(FindingRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", r.run());
        m.put("analyzer", r.analyzer());
        m.put("finding", r.finding());
        m.put("measured", r.measured());
        m.put("expected", r.expected());
        m.put("unit", r.unit());
        m.put("verdict", r.verdict());
        m.put("badge", r.holds() ? "holds" : r.fails() ? "fails" : "info");
        m.put("csv", r.csv());
        m.put("line", r.line());
        return m;
    }

    /** @return the CSS class of a verdict's badge */
    static String badge(ClaimVerdict v) {
        return switch (v) {
            case HOLDS -> "holds";
            case HOLDS_UNDER_CONDITIONS -> "conditional";
            case DOES_NOT_HOLD -> "fails";
            case NOT_MEASURABLE -> "unmeasured";
        };
    }

    private static List<Map<String, Object>> counts(List<Section> sections) {
        List<Map<String, Object>> counts = new ArrayList<>();
        for (ClaimVerdict v : ClaimVerdict.values()) {
            long n = sections.stream().filter(s -> s.decision().verdict() == v).count();
            counts.add(Map.of("verdict", v.label(), "badge", badge(v), "count", n));
        }
        return counts;
    }

    /** A caption for a run's chart, from the name the analyzer gave it. */
    static String caption(String png) {
        String base = png.replaceFirst("\\.png$", "");
        if (base.contains("cone")) {
            return "log10|J_t(i, j)| over the offset i − j and the step t; blank cells exactly zero, red lines the cone |i − j| = tR";
        }
        if (base.contains("front")) {
            return "the front of the response: the farthest non-zero offset against the step t, with the line tR";
        }
        if (base.contains("tail") || base.contains("lr")) {
            return "log|J_t| beyond the front and the Lieb–Robinson fit log C − (d − vt)/ξ";
        }
        if (base.contains("sweep")) {
            return "the sweep: IS against MSE over the target spreads and scales";
        }
        if (base.contains("spectrum") || base.contains("eigen") || base.contains("density")) {
            return "the spectra of S = W^½KW^½ under IS and MSE";
        }
        if (base.contains("training") || base.contains("error") || base.contains("loss")) {
            return "‖e_t‖ and the loss over the steps, linearised and nonlinear, with the bounds";
        }
        return base.replace('-', ' ');
    }

    private static Template load() {
        try (InputStream in = ReportPage.class.getResourceAsStream("report.mustache")) {
            if (in == null) {
                throw new IllegalStateException("report.mustache is missing from the bundle");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return Mustache.compiler().escapeHTML(true).compile(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
