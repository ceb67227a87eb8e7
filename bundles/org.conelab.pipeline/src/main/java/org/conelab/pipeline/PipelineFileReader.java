package org.conelab.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.conelab.api.InvalidInputException;
import org.conelab.api.pipeline.PipelineFiles;
import org.osgi.service.component.annotations.Component;

/**
 * The one reader of pipeline files and command-line arguments ({@link PipelineFiles}): Java
 * properties in UTF-8, whitespace then {@code #} ends a value, {@code *.file} values relative to
 * the file's folder; arguments are at most one file, first, then {@code key=value} overrides.
 */
@Component(service = PipelineFiles.class)
public final class PipelineFileReader implements PipelineFiles {

    private static final Pattern INLINE_COMMENT = Pattern.compile("\\s+#.*$");
    /** Keys with this suffix name files; in a pipeline file they are relative to its folder. */
    static final String FILE_KEY_SUFFIX = ".file";

    @Override
    public Map<String, String> read(Path file) {
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
        values.replaceAll((key, value) -> key.endsWith(FILE_KEY_SUFFIX) && !value.isEmpty() && !Path.of(value).isAbsolute()
                ? folder.resolve(value).normalize().toString() : value);
        return values;
    }

    @Override
    public Map<String, String> parse(List<String> arguments) {
        Map<String, String> spec = new LinkedHashMap<>();
        boolean fileSeen = false;
        for (String argument : arguments) {
            int eq = argument.indexOf('=');
            if (eq > 0) {
                spec.put(argument.substring(0, eq).trim(), argument.substring(eq + 1).trim());
            } else if (!fileSeen && spec.isEmpty()) {
                spec.putAll(read(path(argument)));
                fileSeen = true;
            } else {
                throw new InvalidInputException(argument, "expected key=value (a pipeline file may only come first)");
            }
        }
        if (spec.isEmpty()) {
            throw new InvalidInputException("arguments",
                    "give a pipeline file and/or key=value pairs, e.g. conelab:run examples/paper-tridiagonal.properties");
        }
        return spec;
    }

    private static Path path(String argument) {
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            throw new InvalidInputException(argument, "not a pipeline file name: " + e.getReason());
        }
    }
}
