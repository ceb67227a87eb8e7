package org.conelab.api.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads pipeline specifications, the one way for every caller (shell, batch mode, the audit).
 *
 * <p>A pipeline file is read as Java properties in UTF-8, with two additions: whitespace
 * followed by {@code #} ends a value ({@code eta = 0.5 stable   # a fraction of 2/λmax}), and
 * the value of a key ending in {@code .file} is a path relative to the pipeline file's folder
 * unless it is absolute. Keys keep the file's order.
 *
 * @since 1.1
 */
@ProviderType
public interface PipelineFiles {

    /**
     * @param file a {@code .properties} pipeline file
     * @return its keys and values in file order, inline comments removed, {@code *.file}
     *     paths resolved against the file's folder
     * @throws org.conelab.api.InvalidInputException naming the file when it is missing or
     *     unreadable
     */
    Map<String, String> read(Path file);

    /**
     * Command-line arguments: at most one pipeline file, first, then {@code key=value} pairs that
     * override its keys, in order. A {@code *.file} value given as an argument stays relative to
     * the working directory.
     *
     * @param arguments a file and/or key=value pairs
     * @return the keys in file order, then the overrides
     * @throws org.conelab.api.InvalidInputException naming the argument or file at fault, or
     *     {@code arguments} when there are none
     */
    Map<String, String> parse(List<String> arguments);
}
