package org.conelab.pipeline;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conelab.api.InvalidInputException;
import org.conelab.api.pipeline.PipelineFiles;
import org.conelab.pipeline.PropertyLines.Entry;
import org.osgi.service.component.annotations.Component;

/**
 * The one reader of pipeline files and command-line arguments ({@link PipelineFiles}): Java
 * properties in UTF-8, whitespace then {@code #} ends a value, {@code *.file} values relative to
 * the file's folder; arguments are at most one file, first, then {@code key=value} overrides.
 *
 * <p>A pipeline file is data someone may have sent, so reading one is strict
 * ({@link PipelineText}, {@link PropertyLines}): a key given twice is an error naming both lines,
 * and the paths it names cannot leave the folder that holds it or the working directory
 * ({@link PathConfinement}): {@code output} (relative to the working directory) and every
 * {@code *.file} (relative to the file's folder) are returned absolute and normalised, or refused
 * with one line. Paths given as arguments are the user's own choice and are not confined.
 */
@Component(service = PipelineFiles.class)
public final class PipelineFileReader implements PipelineFiles {

    /** Keys with this suffix name files; in a pipeline file they are relative to its folder. */
    static final String FILE_KEY_SUFFIX = ".file";
    /** The key of the folder that receives run folders. */
    static final String OUTPUT = "output";

    @Override
    public Map<String, String> read(Path file) {
        return read(file, Set.of());
    }

    /**
     * As {@link #read(Path)}, but the paths of the keys in {@code overridden} are not judged:
     * the command line replaces them (so re-running a run's recorded {@code pipeline.properties}
     * with {@code output=…} works), and their values are returned as the file gives them.
     */
    private Map<String, String> read(Path file, Set<String> overridden) {
        String name = file.toString();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (Entry entry : PropertyLines.parse(name, PipelineText.read(file))) {
            Integer earlier = lines.putIfAbsent(entry.key(), entry.line());
            if (earlier != null) {
                throw new InvalidInputException(name + " line " + entry.line(), entry.key() + " is given twice, on lines " + earlier
                        + " and " + entry.line() + "; keep one");
            }
            values.put(entry.key(), entry.value());
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        Path workingDirectory = Path.of("").toAbsolutePath();
        PathConfinement confinement = new PathConfinement(List.of(folder, workingDirectory));
        values.replaceAll((key, value) -> {
            boolean names = key.endsWith(FILE_KEY_SUFFIX) || key.equals(OUTPUT);
            if (!names || value.isEmpty() || overridden.contains(key)) {
                return value;
            }
            Path base = key.equals(OUTPUT) ? workingDirectory : folder;
            Path resolved = base.resolve(path(key, value)).normalize();
            if (!confinement.allows(resolved)) {
                throw new InvalidInputException(key, Excerpt.quoted(value) + " (" + name + " line " + lines.get(key) + ") leads to "
                        + PathConfinement.real(resolved) + ", outside the pipeline file's folder and the working directory;"
                        + " a pipeline file may only name paths inside them (give " + key + "=… on the command line to choose another)");
            }
            return resolved.toString();
        });
        return values;
    }

    @Override
    public Map<String, String> parse(List<String> arguments) {
        Map<String, String> overrides = new LinkedHashMap<>();
        Path file = null;
        for (String argument : arguments) {
            int eq = argument.indexOf('=');
            if (eq > 0) {
                overrides.put(argument.substring(0, eq).trim(), argument.substring(eq + 1).trim());
            } else if (file == null && overrides.isEmpty()) {
                file = path("pipeline file", argument);
            } else {
                throw new InvalidInputException(argument, "expected key=value (a pipeline file may only come first)");
            }
        }
        Map<String, String> spec = new LinkedHashMap<>();
        if (file != null) {
            spec.putAll(read(file, overrides.keySet()));
        }
        spec.putAll(overrides);
        if (spec.isEmpty()) {
            throw new InvalidInputException("arguments",
                    "give a pipeline file and/or key=value pairs, e.g. conelab:run examples/paper-tridiagonal.properties");
        }
        return spec;
    }

    private static Path path(String what, String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new InvalidInputException(what.equals("pipeline file") ? value : what, "not a file name: " + e.getReason());
        }
    }
}
