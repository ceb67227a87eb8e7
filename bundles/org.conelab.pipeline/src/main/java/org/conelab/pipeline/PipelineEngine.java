package org.conelab.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import org.conelab.api.analysis.AnalysisResult;
import org.conelab.api.analysis.Analyzer;
import org.conelab.api.analysis.Finding;
import org.conelab.api.chart.ChartRenderer;
import org.conelab.api.graph.GraphBuilder;
import org.conelab.api.kernel.KernelGenerator;
import org.conelab.api.loss.Loss;
import org.conelab.api.pipeline.PipelineKey;
import org.conelab.api.pipeline.PipelineRunner;
import org.conelab.api.pipeline.RunReport;
import org.conelab.api.progress.Progress;
import org.conelab.api.solver.Solver;
import org.conelab.api.targets.TargetGenerator;
import org.conelab.pipeline.PreparedRun.PlannedAnalysis;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Runs pipelines: parse and check the specification, resolve providers by {@code conelab.id}
 * (or {@code auto}, steered by the preferences of {@link PipelineRunner#PREFERENCES_PID}), run
 * each analyzer with progress, and write the run folder atomically.
 *
 * <p>Providers come and go while the platform runs; every run resolves them afresh, and a run
 * whose graph, kernel, loss, solver or analyzer is unregistered while it runs ends at its next
 * progress call or cancellation check with a {@link CancellationException} whose one line names
 * that provider, and writes nothing ({@link RunWatch}).
 * The chart renderer is optional: without one a run writes its tables and findings, no PNG,
 * and says so in its warnings.
 *
 * <p>Failures: bad input is an {@link org.conelab.api.InvalidInputException} (the output folder is
 * checked by {@link OutputFolder} before anything is computed, memory by {@link Admission}); a
 * faulty graph, kernel, target generator, loss or solver ends the run with a {@link ProviderFault}
 * (an {@link IllegalStateException}) whose one line names it; a faulty analyzer only fails its own
 * stage ({@link Stages}), recorded in the run's findings. In every failure nothing is written.
 * The {@code output} of a specification is used as given (absolute or relative to the working
 * directory): callers such as the sweep name their own folders; a pipeline file's paths are
 * confined when it is read ({@link PipelineFileReader}).
 */
@Component(service = PipelineRunner.class, configurationPid = PipelineRunner.PREFERENCES_PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class PipelineEngine implements PipelineRunner {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** The warning of a run made while no chart renderer is registered. */
    static final String CHARTS_UNAVAILABLE = "charts unavailable: no chart renderer is registered (is org.conelab.chart active?);"
            + " tables and findings were written, no PNG";

    private final Catalogs catalogs = Catalogs.empty();
    private volatile AutoPreferences preferences = AutoPreferences.NONE;
    private final RunWatches runs = new RunWatches();
    /** The memory runs may take; tests set a small one. */
    volatile Admission admission = Admission.ofRuntime();

    /** The distribution's folder, where provenance looks for the git checkout; empty outside a launcher. */
    private volatile Optional<Path> home = Optional.empty();

    /** Optional: a run without a renderer writes everything but the charts. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ChartRenderer charts;

    /** Reads where the distribution is and the preferences of {@code auto}. */
    @Activate
    void activate(BundleContext context, Map<String, Object> properties) {
        home = Optional.ofNullable(context.getProperty(Provenance.HOME_PROPERTY)).map(Paths::get);
        configure(properties);
    }

    /** Reads the preferences of {@code auto}; a change applies to the runs that start after it. */
    @Modified
    void configure(Map<String, Object> properties) {
        preferences = AutoPreferences.from(properties);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addGraph(GraphBuilder graph, Map<String, Object> properties) {
        catalogs.graphs().add(graph, properties);
    }

    void removeGraph(GraphBuilder graph) {
        catalogs.graphs().remove(graph);
        runs.unregistered(graph);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addLoss(Loss loss, Map<String, Object> properties) {
        catalogs.losses().add(loss, properties);
    }

    void removeLoss(Loss loss) {
        catalogs.losses().remove(loss);
        runs.unregistered(loss);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addKernel(KernelGenerator kernel, Map<String, Object> properties) {
        catalogs.kernels().add(kernel, properties);
    }

    void removeKernel(KernelGenerator kernel) {
        catalogs.kernels().remove(kernel);
        runs.unregistered(kernel);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSolver(Solver solver, Map<String, Object> properties) {
        catalogs.solvers().add(solver, properties);
    }

    void removeSolver(Solver solver) {
        catalogs.solvers().remove(solver);
        runs.unregistered(solver);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAnalyzer(Analyzer analyzer, Map<String, Object> properties) {
        catalogs.analyzers().add(analyzer, properties);
    }

    void removeAnalyzer(Analyzer analyzer) {
        catalogs.analyzers().remove(analyzer);
        runs.unregistered(analyzer);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addTargets(TargetGenerator targets, Map<String, Object> properties) {
        catalogs.targets().add(targets, properties);
    }

    void removeTargets(TargetGenerator targets) {
        catalogs.targets().remove(targets);
        runs.unregistered(targets);
    }

    /** @return the catalogs, for components and tests in this bundle */
    Catalogs catalogs() {
        return catalogs;
    }

    /** @return the watches of the runs in progress, for tests in this bundle */
    RunWatches runs() {
        return runs;
    }

    @Override
    public RunReport run(Map<String, String> specification, Progress progress) {
        try (RunWatch watch = runs.open()) {
            try {
                return run(specification, watch.watching(progress), watch);
            } catch (RuntimeException e) {
                if (watch.lost().isPresent()) {
                    throw watch.wentAway(e);
                }
                throw e;
            }
        }
    }

    private RunReport run(Map<String, String> specification, Progress progress, RunWatch watch) {
        long start = System.nanoTime();
        PipelineSpec spec = PipelineSpec.parse(specification);
        Path root = OutputFolder.check(spec.output());
        progress.begin("prepare " + spec.name(), 1);
        PreparedRun run = new RunPlanner(catalogs, preferences, new SplittableRandom(), admission).plan(spec, watch::uses);
        progress.done();

        List<String> warnings = new ArrayList<>(run.warnings());
        List<AnalyzerOutcome> outcomes = new ArrayList<>();
        for (PlannedAnalysis analysis : run.analyzers()) {
            checkCancelled(progress);
            outcomes.add(analyze(run, analysis, progress, watch, warnings));
        }
        watch.check();
        checkCancelled(progress);

        ChartRenderer renderer = charts;
        if (renderer == null) {
            warnings.add(CHARTS_UNAVAILABLE);
        }
        String summary = Summary.text(run, outcomes, Duration.ofNanos(System.nanoTime() - start), warnings);
        Path folder = uniqueFolder(root, spec.name());
        progress.begin("write " + folder.getFileName(), 1);
        new RunWriter(renderer).write(folder, summary, run, Provenance.of(run, home), outcomes);
        progress.done();

        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        outcomes.forEach(o -> findings.put(o.id(), o.result().findings()));
        return new RunReport(folder, run.resolved(), findings, summary, warnings);
    }

    /**
     * Runs one analyzer as a stage. A fault of the analyzer (it threw, returned nothing, or
     * overran {@code stage.timeout}) does not end the run: its outcome is one
     * {@link AnalyzerOutcome#failed} finding that says what failed, with a warning, and the other
     * analyzers still report. A provider that went away, a cancellation and bad input still end
     * the run.
     */
    private static AnalyzerOutcome analyze(PreparedRun run, PlannedAnalysis analysis, Progress progress, RunWatch watch,
            List<String> warnings) {
        String name = "analyzer '" + analysis.id() + "'";
        try {
            AnalysisResult result = run.stages().run(name, "analyze",
                    () -> analysis.analyzer().analyze(run.experiment(), analysis.parameters(), progress));
            return new AnalyzerOutcome(analysis.id(), ProviderResults.checked(name, result));
        } catch (ProviderFault fault) {
            if (watch.lost().isPresent()) {
                // run() reports it as the provider going, with what the analysis threw as the cause
                throw fault.getCause() instanceof RuntimeException thrown ? thrown : fault;
            }
            checkCancelled(progress);
            warnings.add(fault.getMessage() + "; its findings are missing from this run");
            return AnalyzerOutcome.failed(analysis.id(), fault.getMessage());
        }
    }

    @Override
    public List<PipelineKey> keys() {
        return PipelineKeys.of(catalogs);
    }

    private static void checkCancelled(Progress progress) {
        if (progress.isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("run cancelled; nothing was written");
        }
    }

    private static Path uniqueFolder(Path root, String name) {
        String stem = name + "-" + LocalDateTime.now().format(STAMP);
        Path folder = root.resolve(stem);
        for (int k = 2; Files.exists(folder); k++) {
            folder = root.resolve(stem + "-" + k);
        }
        return folder;
    }
}
