package org.conelab.shell;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.conelab.api.InvalidInputException;

/**
 * Turns {@code conelab:run} arguments into a pipeline specification: at most one
 * {@code .properties} file, then {@code key=value} pairs that override it, in order.
 *
 * <p>The file is read as Java properties (UTF-8); in addition, whitespace followed by {@code #}
 * ends a value, so {@code eta = 0.5 stable   # a fraction of 2/λmax} is allowed. The value of a
 * key ending in {@code .file} is a path relative to the pipeline file's folder, unless absolute;
 * on the command line it is relative to the working directory.
 */
final class PipelineArguments {

    private static final Pattern INLINE_COMMENT = Pattern.compile("\\s+#.*$");
    private static final String FILE_KEY_SUFFIX = ".file";

    private PipelineArguments() {
    }

    /**
     * @param arguments a file and/or key=value pairs
     * @return the keys in file order, then overrides
     * @throws InvalidInputException naming the file or argument at fault
     */
    static Map<String, String> parse(String... arguments) {
        Map<String, String> spec = new LinkedHashMap<>();
        boolean fileSeen = false;
        for (String argument : arguments) {
            int eq = argument.indexOf('=');
            if (eq > 0) {
                spec.put(argument.substring(0, eq).trim(), argument.substring(eq + 1).trim());
            } else if (!fileSeen && spec.isEmpty()) {
                spec.putAll(read(Paths.get(argument)));
                fileSeen = true;
            } else {
                throw new InvalidInputException(argument, "expected key=value (a pipeline file may only come first)");
            }
        }
        if (spec.isEmpty()) {
            throw new InvalidInputException("arguments", "give a pipeline file and/or key=value pairs, e.g. conelab:run examples/paper-tridiagonal.properties");
        }
        return spec;
    }

    /** @return the file's keys and values, in file order, inline comments removed */
    static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file.toString(), "no such pipeline file");
        }
        Map<String, String> values = new LinkedHashMap<>();
        Properties ordered = new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized Object put(Object key, Object value) {
                values.put(key.toString().trim(), INLINE_COMMENT.matcher(value.toString()).replaceFirst("").trim());
                return super.put(key, value);
            }
        };
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ordered.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException(file.toString(), "cannot read: " + e.getMessage());
        }
        Path folder = file.toAbsolutePath().getParent();
        values.replaceAll((key, value) -> key.endsWith(FILE_KEY_SUFFIX) && !value.isEmpty() && !Paths.get(value).isAbsolute()
                ? folder.resolve(value).normalize().toString() : value);
        return values;
    }
}
