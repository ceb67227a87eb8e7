package org.conelab.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.conelab.api.ServiceProperties;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * Provider components that Declarative Services knows but that cannot serve: disabled, waiting
 * for a reference or a configuration, or failed to activate (an exception or a missing class in
 * their bundle). {@code auto} silently passes over such a provider; these rows say why.
 */
final class UnavailableProviders {

    private UnavailableProviders() {
    }

    /**
     * @param runtime the DS runtime
     * @param kinds the provider kinds by the service interface they register
     * @return one row per unavailable provider: kind, id, bundle, reason
     */
    static List<String[]> rows(ServiceComponentRuntime runtime, Map<String, Class<?>> kinds) {
        List<String[]> rows = new ArrayList<>();
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs()) {
            String kind = kindOf(description, kinds);
            if (kind == null) {
                continue;
            }
            String id = String.valueOf(description.properties.getOrDefault(ServiceProperties.ID, description.name));
            String bundle = description.bundle.symbolicName;
            if (!runtime.isComponentEnabled(description)) {
                rows.add(new String[] {kind, id, bundle, "disabled"});
                continue;
            }
            for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
                String reason = reason(configuration);
                if (reason != null) {
                    rows.add(new String[] {kind, id, bundle, reason});
                }
            }
        }
        return rows;
    }

    /** @return why the configuration cannot serve, or null when it is satisfied or active */
    static String reason(ComponentConfigurationDTO configuration) {
        return switch (configuration.state) {
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "failed to activate: " + firstLine(configuration.failure);
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "waiting for its configuration";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "missing " + Arrays.stream(configuration.unsatisfiedReferences)
                    .map(UnavailableProviders::describe).reduce((a, b) -> a + ", " + b).orElse("a reference");
            default -> null;
        };
    }

    private static String describe(UnsatisfiedReferenceDTO reference) {
        return reference.name + (reference.target == null ? "" : " " + reference.target);
    }

    private static String kindOf(ComponentDescriptionDTO description, Map<String, Class<?>> kinds) {
        for (Map.Entry<String, Class<?>> kind : kinds.entrySet()) {
            if (Arrays.asList(description.serviceInterfaces).contains(kind.getValue().getName())) {
                return kind.getKey();
            }
        }
        return null;
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "(no reason given)";
        }
        return text.strip().lines().findFirst().orElse(text);
    }
}
