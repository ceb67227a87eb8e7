package org.conelab.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.conelab.api.ServiceProperties;
import org.conelab.api.analysis.Analyzer;
import org.conelab.api.analysis.Experiment;
import org.conelab.api.analysis.Training;
import org.conelab.api.graph.Graph;
import org.conelab.api.graph.GraphBuilder;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.kernel.KernelGenerator;
import org.conelab.api.loss.Loss;
import org.conelab.api.solver.Solver;
import org.conelab.api.solver.SpectrumBounds;
import org.conelab.api.targets.TargetGenerator;
import org.conelab.pipeline.PreparedRun.PlannedAnalysis;
import org.conelab.pipeline.ProviderCatalog.Provider;
import org.conelab.pipeline.RunWatch.UsedProvider;

/**
 * Resolves a parsed pipeline against the registered providers: checks every section key,
 * builds the graph, kernel, targets and initial predictions, picks the solver, resolves η per
 * loss, and records every choice (seeds and {@code auto} included) in the resolved
 * specification. Every call into a provider is a stage ({@link Stages}: a time limit, a fault named
 * as the provider's) and what it returns is checked ({@link ProviderResults}, {@link KernelCheck});
 * memory is admitted before the graph is built and again before training ({@link Admission}).
 */
final class RunPlanner {

    static final String INIT = "init";
    private static final double DEFAULT_PERTURBATION = 0.1;
    static final List<ParameterSpec> INIT_PARAMETERS = List.of(
            new ParameterSpec("perturbation", Double.toString(DEFAULT_PERTURBATION),
                    "relative perturbation δ ∈ [0, 1): f₀ = y·(1 + δ·u), u uniform on [−1, 1]"),
            new ParameterSpec("file", null, "a file of initial predictions, one per node (replaces the perturbation)"),
            TargetGenerators.SEED);

    private final Catalogs catalogs;
    private final AutoPreferences preferences;
    private final SplittableRandom seeds;
    private final Admission admission;

    /**
     * @param catalogs the providers to resolve ids against
     * @param preferences the providers {@code auto} prefers
     * @param seeds where missing seeds are drawn from (they are then recorded)
     * @param admission the memory a run may take
     */
    RunPlanner(Catalogs catalogs, AutoPreferences preferences, SplittableRandom seeds, Admission admission) {
        this.catalogs = catalogs;
        this.preferences = preferences;
        this.seeds = seeds;
        this.admission = admission;
    }

    /**
     * @param spec the parsed pipeline
     * @param using told of the providers as soon as they are resolved (before any of them is
     *     called), so that one that goes away during planning is recognised as gone
     * @return the run, ready for its analyzers
     */
    PreparedRun plan(PipelineSpec spec, Consumer<List<UsedProvider>> using) {
        Map<String, String> resolved = new LinkedHashMap<>(spec.parameters().values());
        new java.util.TreeMap<>(PipelineSpec.DEFAULTS).forEach(resolved::putIfAbsent);
        Parameters all = spec.parameters();

        Provider<GraphBuilder> graphProvider = catalogs.graphs().require("graph", spec.graph());
        Provider<KernelGenerator> kernelProvider = catalogs.kernels().require("kernel", spec.kernel());
        Provider<TargetGenerator> targetProvider = catalogs.targets().require("targets", spec.targets());
        TargetGenerator targetGenerator = targetProvider.service();
        Provider<Loss> loss = catalogs.losses().require("loss", spec.loss());
        Optional<Provider<Loss>> compare = spec.compare().map(id -> catalogs.losses().require("compare", id));
        List<PlannedAnalysis> analyses = new ArrayList<>();
        Map<String, List<ParameterSpec>> sections = new LinkedHashMap<>();
        sections.put("graph", graphProvider.service().parameters());
        sections.put("kernel", kernelProvider.service().parameters());
        sections.put("targets", targetGenerator.parameters());
        sections.put(INIT, INIT_PARAMETERS);
        sections.put("loss", loss.service().parameters());
        compare.ifPresent(c -> sections.put("compare", c.service().parameters()));
        for (String id : spec.analyzers()) {
            Provider<Analyzer> analyzer = catalogs.analyzers().require("analyzers", id);
            sections.put(id, analyzer.service().parameters());
            analyses.add(new PlannedAnalysis(id, analyzer.service(), all.section(id)));
        }
        List<UsedProvider> providers = new ArrayList<>(List.of(used("graph", "graph", graphProvider),
                used("kernel", "kernel", kernelProvider), used("targets", "target generator", targetProvider),
                used("loss", "loss", loss)));
        compare.ifPresent(c -> providers.add(used("compare", "loss", c)));
        analyses.forEach(a -> providers.add(new UsedProvider("analyzer." + a.id(), "analyzer", a.id(), a.analyzer())));
        using.accept(List.copyOf(providers));
        sections.put(Stages.SECTION, Stages.PARAMETERS);
        SectionKeys.check(all.values().keySet(), sections);
        recordDefaults(resolved, sections);
        Stages stages = Stages.of(all.section(Stages.SECTION));
        int losses = compare.isPresent() ? 2 : 1;
        admission.require(Admission.inputs(spec.n(), losses));

        Graph graph = stages.run(named("graph", graphProvider), "build",
                () -> graphProvider.service().build(spec.n(), all.section("graph")));
        if (graph == null || graph.size() != spec.n()) {
            throw new ProviderFault(named("graph", graphProvider) + " returned " + (graph == null ? "no graph (null)"
                    : "a graph of " + graph.size() + " nodes") + " from build for n = " + spec.n(), null);
        }
        seed(resolved, "targets.seed");
        seed(resolved, "init.seed");
        Parameters withSeeds = new Parameters("", resolved);
        double[] targets = stages.run(named("target generator", targetProvider), "generate",
                () -> targetGenerator.generate(spec.n(), withSeeds.section("targets")));
        ProviderResults.requireFinite(named("target generator", targetProvider), "targets", targets, spec.n());
        double[] initial = initialPredictions(targets, withSeeds.section(INIT));
        Kernel generated = stages.run(named("kernel", kernelProvider), "generate",
                () -> kernelProvider.service().generate(graph, all.section("kernel")));
        if (generated == null || generated.matrix() == null) {
            throw new ProviderFault(named("kernel", kernelProvider) + " returned no kernel (null) from generate", null);
        }
        KernelCheck.shape(kernelProvider.id(), generated, graph.size());
        KernelCheck.range(kernelProvider.id(), generated, spec.n());
        Kernel kernel = TargetScaledKernel.applyIf(all.text(TargetScaledKernel.KEY, TargetScaledKernel.NONE), generated, targets);
        List<String> warnings = new ArrayList<>();
        SolverChoice choice = solver(spec, kernel, warnings);
        Provider<Solver> solver = choice.provider();
        resolved.put("solver", solver.id());
        UsedProvider solverUsed = used("solver", "solver", solver);
        using.accept(List.of(solverUsed));
        providers.add(providers.size() - analyses.size(), solverUsed);
        admission.require(Admission.run(kernel, spec.n(), losses, spec.steps(), analyses.size()));

        Training primary = training(stages, loss, "loss", withSeeds.section("loss"), spec, kernel, solver, targets, initial);
        KernelCheck.definite(kernelProvider.id(), generated, primary.spectrum(), solver.id());
        Optional<Training> comparison = compare.map(c -> training(stages, c, "compare", withSeeds.section("compare"), spec, kernel,
                solver, targets, initial));
        Experiment experiment = new Experiment(spec.name(), graph, kernel, targets, initial, primary, comparison,
                solver.service(), solver.id(), spec.steps());
        return new PreparedRun(spec, experiment, analyses, resolved, List.copyOf(providers), choice.how(), warnings, stages);
    }

    /** @return the provider as messages name it: {@code kernel 'rbf'} */
    static String named(String kind, Provider<?> provider) {
        return kind + " '" + provider.id() + "'";
    }

    private static UsedProvider used(String role, String kind, Provider<?> provider) {
        return new UsedProvider(role, kind, provider.id(), provider.service());
    }

    /**
     * @param provider the solver
     * @param how how it was chosen: empty when named, else {@code auto} or {@code auto, preferred}
     */
    private record SolverChoice(Provider<Solver> provider, String how) {
    }

    /**
     * A named solver must support the kernel. {@code auto} takes the preferred solver when it is
     * registered and supports the kernel, else (with a warning when a preference was passed over)
     * the highest-ranked solver that does.
     */
    private SolverChoice solver(PipelineSpec spec, Kernel kernel, List<String> warnings) {
        String what = kernel.matrix().getClass().getSimpleName() + " of order n = " + spec.n();
        if (!spec.solver().equals(ServiceProperties.AUTO)) {
            Provider<Solver> named = catalogs.solvers().require("solver", spec.solver());
            if (!named.service().supports(kernel.matrix())) {
                throw new InvalidInputException("solver", "'" + named.id() + "' does not support a " + what);
            }
            return new SolverChoice(named, "");
        }
        Optional<String> preferred = preferences.preferred("solver");
        if (preferred.isPresent()) {
            Optional<Provider<Solver>> found = catalogs.solvers().find(preferred.get());
            if (found.isPresent() && found.get().service().supports(kernel.matrix())) {
                return new SolverChoice(found.get(), "auto, preferred");
            }
            warnings.add("the preferred solver '" + preferred.get() + "' " + (found.isPresent() ? "does not support a " + what
                    : "is not registered") + "; auto chose by ranking");
        }
        return new SolverChoice(catalogs.solvers().auto("solver", s -> s.supports(kernel.matrix()), what), "auto");
    }

    private void seed(Map<String, String> resolved, String key) {
        resolved.computeIfAbsent(key, k -> Long.toString(seeds.nextLong() >>> 1));
    }

    private static void recordDefaults(Map<String, String> resolved, Map<String, List<ParameterSpec>> sections) {
        sections.forEach((section, parameters) -> {
            for (ParameterSpec parameter : parameters) {
                String value = parameter.defaultValue();
                if (value != null && !value.startsWith("(")) {
                    resolved.putIfAbsent(section + "." + parameter.name(), value);
                }
            }
        });
    }

    /**
     * f₀ from {@code init.file}, or f₀_i = y_i·(1 + δ·u_i) with u_i uniform on [−1, 1]:
     * positive whenever y is and δ &lt; 1.
     */
    private static double[] initialPredictions(double[] targets, Parameters init) {
        if (init.has("file")) {
            return ValueFile.read(init.qualified("file"), init.required("file"), targets.length, false);
        }
        double delta = init.real("perturbation", DEFAULT_PERTURBATION);
        if (delta < 0 || delta >= 1) {
            throw new InvalidInputException(init.qualified("perturbation"), "must be in [0, 1), got " + delta);
        }
        SplittableRandom random = new SplittableRandom(init.integer("seed", 0));
        double[] initial = new double[targets.length];
        for (int i = 0; i < targets.length; i++) {
            initial[i] = targets[i] * (1.0 + delta * (2.0 * random.nextDouble() - 1.0));
        }
        return initial;
    }

    /**
     * Checks the loss's domain at every sample (and that its value and gradient are finite at the
     * initial predictions), and forms W = diag(∂²l/∂f²(y, y)).
     */
    private static double[] weights(Loss loss, String id, String key, double[] targets, double[] initial) {
        double[] weights = new double[targets.length];
        for (int i = 0; i < targets.length; i++) {
            int index = i;
            loss.domainViolation(targets[i], initial[i]).ifPresent(problem -> {
                throw new InvalidInputException("targets[" + index + "]", problem + " (" + key + " = " + id + ")");
            });
            weights[i] = loss.curvature(targets[i], targets[i]);
            if (!(weights[i] > 0) || Double.isInfinite(weights[i])) {
                throw new InvalidInputException("targets[" + i + "]", "the curvature of " + id
                        + " at y = " + targets[i] + " is " + weights[i] + ", not a positive finite weight");
            }
            double value = loss.value(targets[i], initial[i]);
            double gradient = loss.gradient(targets[i], initial[i]);
            if (!Double.isFinite(value) || !Double.isFinite(gradient)) {
                throw new ProviderFault("loss '" + id + "' returned l = " + value + ", ∂l/∂f = " + gradient + " at y = " + targets[i]
                        + ", f = " + initial[i] + " (node " + i + "), inside its own domain: not finite", null);
            }
        }
        return weights;
    }

    /**
     * Forms W = diag(∂²l/∂f²(y, y)) and resolves η
     * against 2/λ_max(W^½ K W^½), taking the safe end 2/(λ_max + tolerance) of the interval the
     * solver states.
     */
    private static Training training(Stages stages, Provider<Loss> provider, String key, Parameters section, PipelineSpec spec,
            Kernel kernel, Provider<Solver> solver, double[] targets, double[] initial) {
        String name = named("loss", provider);
        Loss loss = stages.run(name, "configure", () -> provider.service().configure(section));
        if (loss == null) {
            throw new ProviderFault(name + " returned no loss (null) from configure", null);
        }
        double[] weights = stages.run(name, "curvature", () -> weights(loss, provider.id(), key, targets, initial));
        SpectrumBounds bounds = stages.run(named("solver", solver), "extremes", () -> solver.service().extremes(kernel.matrix(), weights));
        if (bounds == null) {
            throw new ProviderFault(named("solver", solver) + " returned no bounds (null) from extremes", null);
        }
        if (!(bounds.max() > 0)) {
            throw new InvalidInputException("kernel", "λ_max(W^½KW^½) = " + bounds.max() + " is not positive (solver " + solver.id() + ")");
        }
        // the safe end of the interval: the true λ_max may exceed the solver's by its stated tolerance
        double limit = 2.0 / bounds.maxUpper();
        return new Training(provider.id(), loss, weights, spec.eta().resolve(limit), limit, bounds);
    }
}
