package org.conelab.sweep.folder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conelab.sweep.spec.Point;

/**
 * The text of {@code sweep.csv}: one row per finished point, in point order. Columns:
 * {@code point}, {@code replicate}, the swept keys (axis order), the seed keys the sweep set,
 * then for every finding {@code analyzer.finding} (its measured value, as the run wrote it) and
 * {@code analyzer.finding.verdict}, in the order they first appear in point order; a point that
 * lacks a finding has empty cells there. The text depends only on the points and their
 * findings, not on the order in which they finished, so a resumed, sharded or clustered sweep
 * writes the same bytes as one run straight through.
 */
final class SweepIndex {

    private SweepIndex() {
    }

    /**
     * @param points the points to list, in index order
     * @param findings each listed point's findings, by point index
     * @return the CSV text
     */
    static String text(List<Point> points, Map<Integer, List<FindingsFile.Row>> findings) {
        Set<String> swept = new LinkedHashSet<>();
        Set<String> seeds = new LinkedHashSet<>();
        Set<String> columns = new LinkedHashSet<>();
        for (Point p : points) {
            swept.addAll(p.swept().keySet());
            seeds.addAll(p.seeds().keySet());
            findings.get(p.index()).forEach(row -> columns.add(row.column()));
        }
        List<String> header = new ArrayList<>(List.of("point", "replicate"));
        header.addAll(swept);
        header.addAll(seeds);
        columns.forEach(c -> {
            header.add(c);
            header.add(c + ".verdict");
        });
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        for (Point p : points) {
            Map<String, FindingsFile.Row> byColumn = new LinkedHashMap<>();
            findings.get(p.index()).forEach(row -> byColumn.putIfAbsent(row.column(), row));
            List<String> row = new ArrayList<>(List.of(p.id(), Integer.toString(p.replicate())));
            swept.forEach(k -> row.add(p.swept().getOrDefault(k, "")));
            seeds.forEach(k -> row.add(p.seeds().getOrDefault(k, "")));
            for (String c : columns) {
                FindingsFile.Row f = byColumn.get(c);
                row.add(f == null ? "" : f.measured());
                row.add(f == null ? "" : f.verdict());
            }
            line(csv, row);
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(quoted(fields.get(i)));
        }
        csv.append('\n');
    }

    /** @return the field as RFC 4180 CSV: quoted (quotes doubled) when it holds a comma, quote or line break */
    static String quoted(String field) {
        boolean plain = field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
    }
}
