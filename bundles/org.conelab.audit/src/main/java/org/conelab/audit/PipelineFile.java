package org.conelab.audit;

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
 * Reads a pipeline file as {@code conelab:run} does: Java properties (UTF-8), whitespace then
 * {@code #} ends a value, a {@code *.file} value is relative to the file's folder. (The same rule
 * as the shell's; the shell keeps its reader private.)
 */
final class PipelineFile {

    private static final Pattern INLINE_COMMENT = Pattern.compile("\\s+#.*$");

    private PipelineFile() {
    }

    static Map<String, String> read(Path file) {
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
        values.replaceAll((key, value) -> key.endsWith(".file") && !value.isEmpty() && !Paths.get(value).isAbsolute()
                ? folder.resolve(value).normalize().toString() : value);
        return values;
    }
}
