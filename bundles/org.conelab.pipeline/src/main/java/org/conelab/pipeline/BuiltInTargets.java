package org.conelab.pipeline;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import org.conelab.api.ServiceProperties;
import org.conelab.api.targets.TargetGenerator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Registers the built-in target generators ({@link TargetGenerators#BUILT_IN}) as
 * {@link TargetGenerator} services with ranking 0, so that they are resolved, listed and
 * overridden exactly like a third party's.
 */
@Component(immediate = true)
public final class BuiltInTargets {

    private final List<ServiceRegistration<TargetGenerator>> registrations = new ArrayList<>();

    @Activate
    void activate(BundleContext context) {
        TargetGenerators.BUILT_IN.forEach((id, builtIn) -> {
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put(ServiceProperties.ID, id);
            properties.put(ServiceProperties.DESCRIPTION, builtIn.description());
            properties.put("service.ranking", 0);
            registrations.add(context.registerService(TargetGenerator.class, builtIn.generator(), properties));
        });
    }

    @Deactivate
    void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
    }
}
