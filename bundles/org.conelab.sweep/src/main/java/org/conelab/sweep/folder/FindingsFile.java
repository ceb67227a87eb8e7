package org.conelab.sweep.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A run folder's {@code findings.csv} (header {@code analyzer,finding,measured,expected,…,verdict,…}),
 * read as text: the measured value is kept as the run wrote it, so a sweep's index repeats it
 * digit for digit.
 */
final class FindingsFile {

    /** One finding of a run: its analyzer, name, measured value as written, verdict label. */
    record Row(String analyzer, String finding, String measured, String verdict) {
        /** @return {@code analyzer.finding} */
        String column() {
            return analyzer + "." + finding;
        }
    }

    private FindingsFile() {
    }

    /**
     * @param run a run folder
     * @return its findings in file order
     * @throws UncheckedIOException when the file cannot be read or lacks a column
     */
    static List<Row> read(Path run) {
        Path file = run.resolve("findings.csv");
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> header = fields(lines.get(0));
            int analyzer = column(header, "analyzer", file);
            int finding = column(header, "finding", file);
            int measured = column(header, "measured", file);
            int verdict = column(header, "verdict", file);
            List<Row> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isEmpty()) {
                    List<String> f = fields(line);
                    rows.add(new Row(f.get(analyzer), f.get(finding), f.get(measured), f.get(verdict)));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static int column(List<String> header, String name, Path file) throws IOException {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IOException("no column '" + name + "' in " + file);
        }
        return index;
    }

    /** @return the fields of one RFC 4180 line (quoted fields may hold commas and doubled quotes) */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
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
