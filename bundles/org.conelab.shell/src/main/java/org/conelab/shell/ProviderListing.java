package org.conelab.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.conelab.api.ServiceProperties;
import org.conelab.api.analysis.Analyzer;
import org.conelab.api.graph.GraphBuilder;
import org.conelab.api.kernel.KernelGenerator;
import org.conelab.api.loss.Loss;
import org.conelab.api.solver.Solver;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The table that {@code conelab:list} prints: every graph, loss, kernel, target generator, solver and analyzer service. */
final class ProviderListing {

    /** The kinds listed, in order, with the service interface of each. */
    static final Map<String, Class<?>> KINDS = orderedKinds();

    private ProviderListing() {
    }

    /**
     * @param context the bundle context to find the services with
     * @param only the kind to list, or the empty string for every kind
     * @return one row per provider: kind, id, ranking, bundle and description, aligned
     */
    static String table(BundleContext context, String only) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"kind", "id", "ranking", "bundle", "description"});
        KINDS.forEach((kind, type) -> {
            if (!only.isEmpty() && !only.equals(kind)) {
                return;
            }
            List<ServiceReference<?>> references = references(context, type);
            references.sort(Comparator.comparing((ServiceReference<?> r) -> String.valueOf(r.getProperty(ServiceProperties.ID)))
                    .thenComparing(r -> -ranking(r)));
            for (ServiceReference<?> r : references) {
                rows.add(new String[] {kind, String.valueOf(r.getProperty(ServiceProperties.ID)), Integer.toString(ranking(r)),
                        r.getBundle().getSymbolicName() + " " + r.getBundle().getVersion(),
                        String.valueOf(r.getProperty(ServiceProperties.DESCRIPTION))});
            }
        });
        return TextTable.format(rows);
    }

    private static List<ServiceReference<?>> references(BundleContext context, Class<?> type) {
        try {
            ServiceReference<?>[] found = context.getServiceReferences(type.getName(), null);
            return found == null ? new ArrayList<>() : new ArrayList<>(List.of(found));
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int ranking(ServiceReference<?> reference) {
        return reference.getProperty("service.ranking") instanceof Integer r ? r : 0;
    }

    private static Map<String, Class<?>> orderedKinds() {
        Map<String, Class<?>> kinds = new java.util.LinkedHashMap<>();
        kinds.put("graph", GraphBuilder.class);
        kinds.put("loss", Loss.class);
        kinds.put("kernel", KernelGenerator.class);
        kinds.put("targets", org.conelab.api.targets.TargetGenerator.class);
        kinds.put("solver", Solver.class);
        kinds.put("analyzer", Analyzer.class);
        return java.util.Collections.unmodifiableMap(kinds);
    }
}
