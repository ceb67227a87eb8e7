package org.conelab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.dto.BundleDTO;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.util.promise.Promise;
import org.junit.jupiter.api.Test;

class UnavailableProvidersTest {

    private static final String SOLVER = "org.conelab.api.solver.Solver";

    /** A DS runtime that knows fixed descriptions and configurations. */
    private static final class FixedRuntime implements ServiceComponentRuntime {
        final Map<ComponentDescriptionDTO, List<ComponentConfigurationDTO>> components = new HashMap<>();
        final Map<ComponentDescriptionDTO, Boolean> enabled = new HashMap<>();

        @Override public Collection<ComponentDescriptionDTO> getComponentDescriptionDTOs(Bundle... bundles) { return components.keySet(); }
        @Override public ComponentDescriptionDTO getComponentDescriptionDTO(Bundle bundle, String name) { return null; }
        @Override public Collection<ComponentConfigurationDTO> getComponentConfigurationDTOs(ComponentDescriptionDTO d) { return components.get(d); }
        @Override public boolean isComponentEnabled(ComponentDescriptionDTO d) { return enabled.getOrDefault(d, true); }
        @Override public Promise<Void> enableComponent(ComponentDescriptionDTO d) { throw new UnsupportedOperationException(); }
        @Override public Promise<Void> disableComponent(ComponentDescriptionDTO d) { throw new UnsupportedOperationException(); }
    }

    private static ComponentDescriptionDTO description(String id, String... interfaces) {
        ComponentDescriptionDTO d = new ComponentDescriptionDTO();
        d.name = "component." + id;
        d.serviceInterfaces = interfaces;
        d.properties = Map.of("conelab.id", id);
        d.bundle = new BundleDTO();
        d.bundle.symbolicName = "bundle." + id;
        return d;
    }

    private static ComponentConfigurationDTO configuration(int state) {
        ComponentConfigurationDTO c = new ComponentConfigurationDTO();
        c.state = state;
        c.unsatisfiedReferences = new UnsatisfiedReferenceDTO[0];
        return c;
    }

    @Test
    void failedMissingAndDisabledProvidersAreReportedWithTheirReasonsAndHealthyOnesAreNot() {
        FixedRuntime runtime = new FixedRuntime();
        ComponentConfigurationDTO failed = configuration(ComponentConfigurationDTO.FAILED_ACTIVATION);
        failed.failure = "java.lang.NoClassDefFoundError: org/example/Missing\n\tat somewhere";
        ComponentConfigurationDTO missing = configuration(ComponentConfigurationDTO.UNSATISFIED_REFERENCE);
        UnsatisfiedReferenceDTO reference = new UnsatisfiedReferenceDTO();
        reference.name = "kernel";
        reference.target = "(conelab.id=foo)";
        missing.unsatisfiedReferences = new UnsatisfiedReferenceDTO[] {reference};
        runtime.components.put(description("broken", SOLVER), List.of(failed));
        runtime.components.put(description("lonely", SOLVER), List.of(missing));
        runtime.components.put(description("healthy", SOLVER), List.of(configuration(ComponentConfigurationDTO.ACTIVE)));
        runtime.components.put(description("other", "java.lang.Runnable"), List.of(failed));
        ComponentDescriptionDTO off = description("off", SOLVER);
        runtime.components.put(off, List.of());
        runtime.enabled.put(off, false);

        List<String[]> rows = UnavailableProviders.rows(runtime, ProviderListing.KINDS);

        assertThat(rows).extracting(r -> String.join(" | ", r)).containsExactlyInAnyOrder(
                "solver | broken | bundle.broken | failed to activate: java.lang.NoClassDefFoundError: org/example/Missing",
                "solver | lonely | bundle.lonely | missing kernel (conelab.id=foo)",
                "solver | off | bundle.off | disabled");
    }

    @Test
    void satisfiedButNotYetActiveIsFine() {
        assertThat(UnavailableProviders.reason(configuration(ComponentConfigurationDTO.SATISFIED))).isNull();
        assertThat(UnavailableProviders.reason(configuration(ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION)))
                .isEqualTo("waiting for its configuration");
    }
}
