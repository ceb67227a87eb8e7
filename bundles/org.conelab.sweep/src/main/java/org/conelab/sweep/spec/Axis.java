package org.conelab.sweep.spec;

import java.util.List;
import java.util.Objects;

/**
 * One swept pipeline key and its values, in the order they are swept.
 *
 * @param key the pipeline key, such as {@code targets.sigma}
 * @param values its values, at least one
 * @param logarithmic whether the values came from a {@code log} range (their charts then use a log axis)
 */
public record Axis(String key, List<String> values, boolean logarithmic) {

    /** Checks the parts and copies the values. */
    public Axis {
        Objects.requireNonNull(key, "key");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("axis " + key + " has no values");
        }
    }
}
