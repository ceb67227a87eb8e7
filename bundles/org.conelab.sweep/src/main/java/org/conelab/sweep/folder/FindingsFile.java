package org.conelab.sweep.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * @return the fields of one RFC 4180 line: each either quoted (commas inside, quotes
     *     doubled) or plain up to the next comma
     */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        Matcher field = FIELD.matcher(line);
        int at = 0;
        while (at <= line.length() && field.find(at) && field.start() == at) {
            fields.add(field.group(1) != null ? field.group(1).replace("\"\"", "\"") : field.group(2));
            at = field.end() + 1;
        }
        return fields;
    }

    /** A quoted field (group 1, quotes still doubled) or a plain one (group 2), followed by a comma or the end. */
    private static final Pattern FIELD = Pattern.compile("\"((?:[^\"]|\"\")*)\"(?=,|$)|([^,]*)(?=,|$)");
}
