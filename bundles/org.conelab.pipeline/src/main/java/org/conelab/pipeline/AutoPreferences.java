package org.conelab.pipeline;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.conelab.api.ServiceProperties;

/**
 * The providers that {@code auto} prefers, from the Config Admin configuration
 * {@code PipelineRunner.PREFERENCES_PID}: per key that accepts {@code auto}, a provider id.
 * Other properties (such as {@code service.pid}) and blank values are ignored; {@code auto}
 * itself means no preference.
 *
 * @param byKey the preferred id per pipeline key
 */
record AutoPreferences(Map<String, String> byKey) {

    /** The pipeline keys whose {@code auto} a preference can steer. */
    static final Set<String> KEYS = Set.of("solver");

    /** No preference: {@code auto} takes the highest-ranked provider. */
    static final AutoPreferences NONE = new AutoPreferences(Map.of());

    AutoPreferences {
        byKey = Map.copyOf(byKey);
    }

    /** @return the preferences among {@code properties}, which may be null (no configuration) */
    static AutoPreferences from(Map<String, ?> properties) {
        if (properties == null) {
            return NONE;
        }
        Map<String, String> byKey = new TreeMap<>();
        for (String key : KEYS) {
            Object value = properties.get(key);
            String id = value == null ? "" : value.toString().trim();
            if (!id.isEmpty() && !id.equals(ServiceProperties.AUTO)) {
                byKey.put(key, id);
            }
        }
        return new AutoPreferences(byKey);
    }

    /** @return the id preferred for {@code key}, if any */
    Optional<String> preferred(String key) {
        return Optional.ofNullable(byKey.get(key));
    }
}
