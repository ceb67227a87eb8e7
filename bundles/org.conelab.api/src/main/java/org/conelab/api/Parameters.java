package org.conelab.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The key=value settings of one section of a pipeline (for example every {@code kernel.*}
 * key, with the prefix removed). Typed accessors reject malformed values with an
 * {@link InvalidInputException} that names the fully qualified key and the value.
 *
 * @param section the section prefix, such as {@code kernel}, or the empty string at top level
 * @param values the raw values by key inside the section
 */
public record Parameters(String section, Map<String, String> values) {

    /** Copies the values so that the record stays immutable. */
    public Parameters {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** @return an empty top-level section */
    public static Parameters empty() {
        return new Parameters("", Map.of());
    }

    /**
     * @param prefix the sub-section, such as {@code kernel}
     * @return the keys that start with {@code prefix + "."}, with that prefix removed
     */
    public Parameters section(String prefix) {
        Map<String, String> inner = new LinkedHashMap<>();
        String start = prefix + ".";
        values.forEach((key, value) -> {
            if (key.startsWith(start)) {
                inner.put(key.substring(start.length()), value);
            }
        });
        return new Parameters(qualified(prefix), inner);
    }

    /** @return the key as the user wrote it, with this section's prefix */
    public String qualified(String key) {
        return section.isEmpty() ? key : section + "." + key;
    }

    /** @return whether the key is present */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** @return the trimmed value, or {@code fallback} when absent */
    public String text(String key, String fallback) {
        String value = values.get(key);
        return value == null ? fallback : value.trim();
    }

    /** @return the trimmed value; an error naming the key when absent or blank */
    public String required(String key) {
        String value = text(key, null);
        if (value == null || value.isEmpty()) {
            throw new InvalidInputException(qualified(key), "is required");
        }
        return value;
    }

    /** @return the value as a finite real number, or {@code fallback} when absent */
    public double real(String key, double fallback) {
        String value = text(key, null);
        if (value == null) {
            return fallback;
        }
        try {
            double parsed = Double.parseDouble(value);
            if (Double.isFinite(parsed)) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(qualified(key), "must be a finite number, got '" + value + "'");
    }

    /** @return the value as an integer, or {@code fallback} when absent */
    public long integer(String key, long fallback) {
        String value = text(key, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(qualified(key), "must be an integer, got '" + value + "'");
        }
    }

    /** @return the value as an integer in [{@code min}, {@code max}], or {@code fallback} when absent */
    public int integer(String key, int fallback, int min, int max) {
        long value = integer(key, fallback);
        if (value < min || value > max) {
            throw new InvalidInputException(qualified(key),
                    "must be between " + min + " and " + max + ", got '" + text(key, String.valueOf(fallback)) + "'");
        }
        return (int) value;
    }

    /** @return the value as a real number &gt; 0, or {@code fallback} when absent */
    public double positive(String key, double fallback) {
        double value = real(key, fallback);
        if (!(value > 0)) {
            throw new InvalidInputException(qualified(key), "must be > 0, got '" + text(key, String.valueOf(fallback)) + "'");
        }
        return value;
    }
}
