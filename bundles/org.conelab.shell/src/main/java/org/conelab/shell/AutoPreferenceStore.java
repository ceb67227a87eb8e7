package org.conelab.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ServiceProperties;
import org.conelab.api.pipeline.PipelineKey;
import org.conelab.api.pipeline.PipelineRunner;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * {@code conelab:use}: the providers that {@code auto} prefers, kept in the Config Admin
 * configuration {@link PipelineRunner#PREFERENCES_PID}, which the pipeline engine reads. A key
 * may be preferred only if it accepts {@code auto}; the id must be one of its choices now.
 * Config Admin delivers a change asynchronously: {@link #set} returns once the engine's service
 * shows it (its configuration properties become service properties), so the next run uses it.
 */
final class AutoPreferenceStore {

    /** How long {@link #set} waits for the engine to take the change. */
    static final Duration APPLY_TIMEOUT = Duration.ofSeconds(5);

    private final ConfigurationAdmin admin;
    private final BundleContext context;

    AutoPreferenceStore(ConfigurationAdmin admin, BundleContext context) {
        this.admin = admin;
        this.context = context;
    }

    /** @return the preferred id per key, in key order */
    Map<String, String> current(List<PipelineKey> keys) {
        Map<String, String> preferred = new TreeMap<>();
        Dictionary<String, Object> properties = configuration().getProperties();
        if (properties != null) {
            for (PipelineKey key : keys) {
                Object id = properties.get(key.name());
                if (acceptsAuto(key) && id != null && !id.toString().isBlank()) {
                    preferred.put(key.name(), id.toString());
                }
            }
        }
        return preferred;
    }

    /**
     * @param keys the pipeline's keys, as the engine gives them
     * @param name a key that accepts {@code auto}, such as {@code solver}
     * @param id one of its choices; {@code auto} removes the preference
     * @throws InvalidInputException naming the key or id at fault
     */
    void set(List<PipelineKey> keys, String name, String id) {
        PipelineKey key = keys.stream().filter(k -> k.name().equals(name) && acceptsAuto(k)).findFirst()
                .orElseThrow(() -> new InvalidInputException(name, "auto is chosen only for " + String.join(", ",
                        keys.stream().filter(AutoPreferenceStore::acceptsAuto).map(PipelineKey::name).toList())));
        if (!key.choices().contains(id)) {
            throw new InvalidInputException(id, "no " + name + " with this id; available: " + String.join(", ", key.choices()));
        }
        Configuration configuration = configuration();
        Dictionary<String, Object> properties = configuration.getProperties();
        if (properties == null) {
            properties = new Hashtable<>();
        }
        if (id.equals(ServiceProperties.AUTO)) {
            properties.remove(name);
        } else {
            properties.put(name, id);
        }
        try {
            configuration.update(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the preference in Config Admin: " + e.getMessage(), e);
        }
        awaitApplied(name, id);
    }

    static boolean acceptsAuto(PipelineKey key) {
        return key.choices().contains(ServiceProperties.AUTO);
    }

    private Configuration configuration() {
        try {
            return admin.getConfiguration(PipelineRunner.PREFERENCES_PID, "?");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the preferences from Config Admin: " + e.getMessage(), e);
        }
    }

    private void awaitApplied(String name, String id) {
        Object wanted = id.equals(ServiceProperties.AUTO) ? null : id;
        long deadline = System.nanoTime() + APPLY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            ServiceReference<PipelineRunner> engine = context.getServiceReference(PipelineRunner.class);
            if (engine == null || java.util.Objects.equals(engine.getProperty(name), wanted)) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
