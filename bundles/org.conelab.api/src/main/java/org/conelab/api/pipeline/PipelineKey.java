package org.conelab.api.pipeline;

import java.util.List;
import java.util.Objects;

/**
 * A key that a pipeline may set, as the registered providers define it: for help and for the
 * shell's completion.
 *
 * @param name the full key, such as {@code solver} or {@code kernel.beta}
 * @param description what it means, with its default where there is one
 * @param choices the values it accepts when they form a known set (provider ids, with
 *     {@code auto} where the platform may choose), else empty
 * @since 1.1
 */
public record PipelineKey(String name, String description, List<String> choices) {

    /** Checks the non-null parts and keeps an unmodifiable copy of the choices. */
    public PipelineKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        choices = List.copyOf(choices);
    }
}
