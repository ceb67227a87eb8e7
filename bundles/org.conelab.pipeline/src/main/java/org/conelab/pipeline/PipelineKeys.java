package org.conelab.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.conelab.api.ParameterSpec;
import org.conelab.api.ServiceProperties;
import org.conelab.api.analysis.Analyzer;
import org.conelab.api.pipeline.PipelineKey;
import org.conelab.pipeline.ProviderCatalog.Provider;

/**
 * The keys a pipeline may set with the providers registered now ({@code PipelineRunner.keys()}):
 * the top-level keys, with the ids they accept, then every section's keys as its providers
 * declare them. A section key that several providers declare (such as {@code graph.width} of
 * {@code grid} and {@code grid3d}) is listed once, with each provider's description.
 */
final class PipelineKeys {

    private PipelineKeys() {
    }

    static List<PipelineKey> of(Catalogs catalogs) {
        Map<String, List<String>> choices = topLevelChoices(catalogs);
        List<PipelineKey> keys = new ArrayList<>();
        PipelineSpec.TOP_LEVEL.forEach((name, description) ->
                keys.add(new PipelineKey(name, description, choices.getOrDefault(name, List.of()))));

        Sections sections = new Sections();
        sections.addAll("graph", catalogs.graphs(), b -> b.parameters());
        sections.addAll("kernel", catalogs.kernels(), k -> k.parameters());
        sections.addAll("targets", catalogs.targets(), t -> t.parameters());
        sections.add(RunPlanner.INIT, "init", RunPlanner.INIT_PARAMETERS);
        sections.add(Stages.SECTION, "stage", Stages.PARAMETERS);
        sections.addAll("loss", catalogs.losses(), l -> l.parameters());
        sections.addAll("compare", catalogs.losses(), l -> l.parameters());
        for (Provider<Analyzer> analyzer : catalogs.analyzers().distinct()) {
            sections.add(analyzer.id(), analyzer.id(), analyzer.service().parameters());
        }
        sections.byKey.forEach((name, description) -> keys.add(new PipelineKey(name, description.toString(), List.of())));
        return keys;
    }

    private static Map<String, List<String>> topLevelChoices(Catalogs catalogs) {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        choices.put("graph", catalogs.graphs().ids());
        choices.put("kernel", catalogs.kernels().ids());
        choices.put("targets", catalogs.targets().ids());
        choices.put("loss", catalogs.losses().ids());
        choices.put("compare", prepend("none", catalogs.losses().ids()));
        choices.put("solver", prepend(ServiceProperties.AUTO, catalogs.solvers().ids()));
        choices.put("analyzers", catalogs.analyzers().ids());
        choices.put(TargetScaledKernel.KEY, List.of(TargetScaledKernel.NONE, TargetScaledKernel.TARGETS));
        return choices;
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** Section keys in first-seen order, each with the descriptions of the providers that declare it. */
    private static final class Sections {
        final Map<String, StringBuilder> byKey = new LinkedHashMap<>();

        <T> void addAll(String section, ProviderCatalog<T> catalog, Function<T, List<ParameterSpec>> parameters) {
            for (Provider<T> provider : catalog.distinct()) {
                add(section, provider.id(), parameters.apply(provider.service()));
            }
        }

        void add(String section, String provider, List<ParameterSpec> parameters) {
            for (ParameterSpec parameter : parameters) {
                String text = provider + ": " + parameter.description()
                        + (parameter.defaultValue() == null ? " (required)" : " (default " + parameter.defaultValue() + ")");
                StringBuilder description = byKey.get(section + "." + parameter.name());
                if (description == null) {
                    byKey.put(section + "." + parameter.name(), new StringBuilder(text));
                } else {
                    description.append("; ").append(text);
                }
            }
        }
    }
}
