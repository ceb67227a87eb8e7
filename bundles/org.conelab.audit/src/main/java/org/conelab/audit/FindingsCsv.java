package org.conelab.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes {@code findings.csv} (RFC 4180: a field with a comma, quote or line break is
 * quoted, quotes doubled), the columns of the pipeline's findings table.
 */
final class FindingsCsv {

    static final List<String> COLUMNS = List.of("analyzer", "finding", "measured", "expected", "tolerance", "unit", "verdict",
            "coverage", "method");

    private FindingsCsv() {
    }

    /**
     * @param file the CSV file
     * @param run the run's name, recorded in every row
     * @param link the file's path relative to the audit folder
     * @return its rows, with their line numbers
     */
    static List<FindingRow> read(Path file, String run, String link) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty() || !fields(lines.get(0)).equals(COLUMNS)) {
            throw new IllegalStateException(file + ": expected the header " + String.join(",", COLUMNS));
        }
        List<FindingRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> c = fields(lines.get(i));
            if (c.size() != COLUMNS.size()) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": expected " + COLUMNS.size() + " fields, got " + c.size());
            }
            rows.add(new FindingRow(run, link, i + 1, c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6),
                    c.get(7), c.get(8)));
        }
        return rows;
    }

    /** Writes rows in the same format (the audit's own checks). */
    static void write(Path file, List<FindingRow> rows) throws IOException {
        StringBuilder text = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (FindingRow r : rows) {
            List<String> cells = List.of(r.analyzer(), r.finding(), r.measured(), r.expected(), r.tolerance(), r.unit(),
                    r.verdict(), r.coverage(), r.method());
            text.append(String.join(",", cells.stream().map(FindingsCsv::quote).toList())).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static String quote(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n")
                ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    /** Splits one CSV line; a quoted field may hold commas and doubled quotes. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
