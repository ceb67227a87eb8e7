package org.conelab.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.conelab.api.InvalidInputException;

/**
 * Reads one real value per node from a text file: one number per line (the first field of a
 * comma-separated line), with blank lines, {@code #} comments and one optional non-numeric
 * header line allowed. Errors name the key, the file and the line.
 */
final class ValueFile {

    private ValueFile() {
    }

    /**
     * @param key the pipeline key that named the file, such as {@code targets.file}
     * @param file the file's path
     * @param n how many values are required
     * @param positive whether every value must be &gt; 0
     * @return the n values in file order
     */
    static double[] read(String key, String file, int n, boolean positive) {
        List<String> lines;
        Path path = path(key, file);
        String why = FileReasons.unreadable(path);
        if (why != null) {
            throw new InvalidInputException(key, "cannot read '" + file + "': " + why);
        }
        try {
            lines = PipelineText.decode(where(key, file), Files.readAllBytes(path)).lines().toList();
        } catch (IOException e) {
            throw new InvalidInputException(key, "cannot read '" + file + "': " + FileReasons.of(e));
        }
        double[] values = new double[n];
        int count = 0;
        boolean headerAllowed = true;
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String field = line.split(",", 2)[0].strip();
            double value;
            try {
                value = Double.parseDouble(field);
            } catch (NumberFormatException e) {
                if (headerAllowed) {
                    headerAllowed = false;
                    continue;
                }
                throw new InvalidInputException(where(key, file, number), "not a number: " + Excerpt.quoted(field)
                        + (field.contains(";") || field.contains("\t") ? " (fields are separated by commas, not ';' or tabs)"
                                : " (one number per line, or the first field of a comma-separated line)"));
            }
            headerAllowed = false;
            if (!Double.isFinite(value) || (positive && !(value > 0))) {
                throw new InvalidInputException(where(key, file, number), "must be a finite number" + (positive ? " > 0" : "")
                        + ", got " + Excerpt.quoted(field));
            }
            if (count == n) {
                throw new InvalidInputException(key, "'" + file + "' has more than n = " + n + " values");
            }
            values[count++] = value;
        }
        if (count != n) {
            throw new InvalidInputException(key, "'" + file + "' has " + count + " values, n = " + n + " needed");
        }
        return values;
    }

    private static String where(String key, String file, int line) {
        return where(key, file) + " line " + line;
    }

    private static String where(String key, String file) {
        return key + " " + Path.of(file).getFileName();
    }

    private static Path path(String key, String file) {
        try {
            return Paths.get(file);
        } catch (java.nio.file.InvalidPathException e) {
            throw new InvalidInputException(key, "not a file name: " + e.getReason());
        }
    }
}
