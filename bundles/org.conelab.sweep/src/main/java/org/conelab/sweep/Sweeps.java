package org.conelab.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.conelab.api.InvalidInputException;
import org.conelab.api.chart.ChartRenderer;
import org.conelab.api.pipeline.PipelineFiles;
import org.conelab.api.pipeline.PipelineRunner;
import org.conelab.api.progress.Progress;
import org.conelab.sweep.cluster.ClusterExecutor;
import org.conelab.sweep.cluster.ClusterSettings;
import org.conelab.sweep.cluster.Worker;
import org.conelab.sweep.folder.AtomicFiles;
import org.conelab.sweep.folder.SweepFolder;
import org.conelab.sweep.folder.SweepMerge;
import org.conelab.sweep.run.LocalExecutor;
import org.conelab.sweep.run.PointExecutor;
import org.conelab.sweep.run.ThreadBudget;
import org.conelab.sweep.spec.Shard;
import org.conelab.sweep.spec.SweepPlan;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Sweeps on this platform: run one (on this machine's cores, or on a cluster), merge shards,
 * serve as a cluster member. The commands ({@link SweepCommands}) parse nothing but delegate
 * here; the pipeline runner and file reader are the platform's, so every point is an ordinary
 * pipeline run.
 */
@Component(service = Sweeps.class)
public final class Sweeps {

    @Reference
    PipelineRunner runner;

    @Reference
    PipelineFiles files;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile ChartRenderer charts;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile ConfigurationAdmin configurationAdmin;

    private volatile ThreadBudget budget;
    /** The members this platform serves as, left when the component goes away. */
    private final java.util.Set<Worker> workers = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Leaves every cluster this platform is a member of (the platform stops, or the bundle). */
    @Deactivate
    void deactivate() {
        workers.forEach(Worker::close);
    }

    /**
     * @param arguments a pipeline file and overrides, and the options of {@link SweepArguments}
     * @param log where a line per finished point goes
     * @param progress checked for cancellation
     * @return the sweep's report
     */
    public String sweep(List<String> arguments, Consumer<String> log, Progress progress) {
        SweepArguments args = SweepArguments.parse(arguments);
        Map<String, String> input = files.parse(args.pipeline());
        return new Sweeper(runner, charts, log).run(input, args.shard(), args.resume(), plan -> executor(plan, args, log, progress));
    }

    private PointExecutor executor(SweepPlan plan, SweepArguments args, Consumer<String> log, Progress progress) {
        if (args.cluster().isPresent()) {
            return new ClusterExecutor(args.cluster().get(), plan, progress, log);
        }
        int parallel = plan.spec().parallel() == 0 ? Runtime.getRuntime().availableProcessors() : plan.spec().parallel();
        return new LocalExecutor(runner, plan, parallel, budget(), progress);
    }

    private synchronized ThreadBudget budget() {
        if (budget == null) {
            budget = new ThreadBudget(() -> configurationAdmin);
        }
        return budget;
    }

    /**
     * Merges shard folders into a new sweep folder of the whole sweep.
     *
     * @param arguments the shards' folders, and {@code output=DIR} (default: the first folder's parent)
     * @return the merged sweep's report
     */
    public String merge(List<String> arguments) {
        List<Path> dirs = new ArrayList<>();
        Optional<Path> output = Optional.empty();
        for (String a : arguments) {
            if (a.startsWith("output=")) {
                output = Optional.of(Path.of(a.substring("output=".length())));
            } else {
                dirs.add(Path.of(a));
            }
        }
        if (dirs.isEmpty()) {
            throw new InvalidInputException("sweep-merge", "needs the shards' sweep folders");
        }
        List<SweepFolder> shards = dirs.stream().map(SweepFolder::open).toList();
        Sweeper sweeper = new Sweeper(runner, charts, line -> { });
        SweepPlan plan = sweeper.plan(shards.get(0).input());
        Map<Integer, SweepFolder> sources = SweepMerge.sources(shards, plan);
        SweepFolder merged = SweepFolder.create(output.orElse(dirs.get(0).toAbsolutePath().getParent()).toAbsolutePath(), plan,
                Shard.ALL, shards.get(0).input());
        try (merged) {
            SweepMerge.copyPoints(sources, plan, merged);
            List<String> warnings = merged.writeCharts(plan.spec(), plan.points(), charts);
            StringBuilder text = new StringBuilder("conelab sweep-merge ").append(plan.spec().name()).append('\n');
            text.append("  points   ").append(plan.points().size()).append(" from ").append(shards.size()).append(" folders\n");
            text.append("  folder   ").append(merged.dir()).append('\n');
            text.append("  index    ").append(merged.dir().resolve("sweep.csv")).append('\n');
            warnings.forEach(w -> text.append("  warning  ").append(w).append('\n'));
            return text.toString();
        } catch (RuntimeException e) {
            AtomicFiles.delete(merged.dir());
            throw e;
        }
    }

    /**
     * Joins a cluster as a member and runs the points submitted to it until the platform stops
     * or the thread is interrupted.
     *
     * @param arguments {@code --cluster NAME} [{@code --members …}] [{@code --port N}] [{@code --parallel N|auto}]
     * @param log where the member says that it joined
     * @return how long it served
     */
    public String worker(List<String> arguments, Consumer<String> log) throws InterruptedException {
        SweepArguments.Options options = new SweepArguments.Options(arguments, List.of(ClusterSettings.CLUSTER, ClusterSettings.MEMBERS,
                ClusterSettings.PORT, WorkerOptions.PARALLEL));
        if (!options.rest().isEmpty()) {
            throw new InvalidInputException(options.rest().get(0), "unexpected argument; worker takes --cluster NAME [--members HOST:PORT,…]"
                    + " [--port N] [--parallel N|auto]");
        }
        ClusterSettings settings = ClusterSettings.of(options.value(ClusterSettings.CLUSTER), options.value(ClusterSettings.MEMBERS),
                options.value(ClusterSettings.PORT))
                .orElseThrow(() -> new InvalidInputException(ClusterSettings.CLUSTER, "worker needs --cluster NAME"));
        int parallel = WorkerOptions.parallel(options.value(WorkerOptions.PARALLEL));
        long start = System.nanoTime();
        try (ThreadBudget.Held held = budget().hold(ThreadBudget.perPoint(Runtime.getRuntime().availableProcessors(), parallel));
                Worker worker = Worker.start(settings, parallel, runner)) {
            workers.add(worker);
            log.accept("conelab worker: " + worker.describe() + "; Ctrl-C leaves the cluster");
            while (worker.running()) {
                Thread.sleep(WorkerOptions.POLL_MS);
            }
        } finally {
            workers.removeIf(w -> !w.running());
        }
        return String.format("conelab worker: left the cluster after %.0f s%n", (System.nanoTime() - start) / 1e9);
    }
}
