package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a run's {@code findings.csv} (RFC 4180: fields with commas or quotes are quoted) as rows of column → value. */
final class FindingsCsv {

    static final List<String> COLUMNS = List.of("analyzer", "finding", "measured", "expected", "tolerance", "unit", "verdict",
            "coverage", "method");

    private FindingsCsv() {
    }

    static List<Map<String, String>> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        assertThat(fields(lines.get(0))).containsExactlyElementsOf(COLUMNS);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = fields(line);
            assertThat(cells).as(line).hasSize(COLUMNS.size());
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                row.put(COLUMNS.get(i), cells.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    static Optional<Map<String, String>> finding(List<Map<String, String>> rows, String analyzer, String name) {
        return rows.stream().filter(r -> analyzer.equals(r.get("analyzer")) && name.equals(r.get("finding"))).findFirst();
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
