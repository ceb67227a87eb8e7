package org.conelab.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * For {@code --fail-on-fails}: counts the findings whose verdict is {@code fails} in the output
 * folders a command's result names ({@code output: <folder>} lines), in every
 * {@code *findings.csv} of the folder and of its direct sub-folders (a run's folder, or an
 * audit's folder with its runs).
 */
final class FailedFindings {

    static final String OUTPUT_PREFIX = "output: ";
    /** Column of the verdict in findings.csv (analyzer, finding, measured, expected, tolerance, unit, verdict, …). */
    static final int VERDICT_COLUMN = 6;

    private FailedFindings() {
    }

    static int count(String result) {
        int failed = 0;
        for (String line : result.lines().toList()) {
            if (line.startsWith(OUTPUT_PREFIX)) {
                failed += countIn(Path.of(line.substring(OUTPUT_PREFIX.length()).trim()));
            }
        }
        return failed;
    }

    static int countIn(Path folder) {
        try (Stream<Path> files = Files.walk(folder, 2)) {
            int failed = 0;
            for (Path csv : files.filter(f -> f.getFileName().toString().endsWith("findings.csv")).toList()) {
                List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
                for (String row : lines.subList(Math.min(1, lines.size()), lines.size())) {
                    List<String> cells = fields(row);
                    if (cells.size() > VERDICT_COLUMN && "fails".equals(cells.get(VERDICT_COLUMN))) {
                        failed++;
                    }
                }
            }
            return failed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the findings under " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Splits one RFC 4180 line; a quoted field may hold commas and doubled quotes. */
    static List<String> fields(String line) {
        List<String> fields = new java.util.ArrayList<>();
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
