package org.conelab.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.conelab.api.InvalidInputException;
import org.conelab.api.chart.ChartRenderer;
import org.conelab.api.pipeline.PipelineKey;
import org.conelab.api.pipeline.PipelineRunner;
import org.conelab.sweep.folder.AtomicFiles;
import org.conelab.sweep.folder.SweepFolder;
import org.conelab.sweep.run.PointExecutor;
import org.conelab.sweep.run.PointRun;
import org.conelab.sweep.spec.Point;
import org.conelab.sweep.spec.Shard;
import org.conelab.sweep.spec.SweepPlan;
import org.conelab.sweep.spec.SweepSpec;

/**
 * Runs a sweep into its folder: plans the points, finds the folder to continue (given with
 * {@code --resume DIR}, else the newest unfinished folder of the same sweep and shard in the
 * output folder, else a new one), runs the points that have no folder yet through an executor,
 * rewrites {@code sweep.csv} after each, then draws the charts.
 *
 * <p>Failures: bad input in the specification or arguments is reported before any folder is
 * made. A point that fails stops the sweep after the points running finish; its folder keeps
 * what finished, to resume, unless nothing did in a folder this call created, which is then
 * removed.
 */
final class Sweeper {

    private final PipelineRunner runner;
    private final ChartRenderer charts;
    private final Consumer<String> log;

    /**
     * @param charts the chart renderer, or null (then the charts' tables alone)
     * @param log where one line per finished point goes
     */
    Sweeper(PipelineRunner runner, ChartRenderer charts, Consumer<String> log) {
        this.runner = runner;
        this.charts = charts;
        this.log = log;
    }

    /** @return the plan of a sweep specification, checked against the runner's keys */
    SweepPlan plan(Map<String, String> input) {
        Set<String> keys = runner.keys().stream().map(PipelineKey::name).collect(Collectors.toSet());
        return SweepPlan.of(SweepSpec.parse(input, keys));
    }

    /**
     * @param input the specification (file keys and overrides)
     * @param executors the executor for the plan's points
     * @return the report of the sweep
     */
    String run(Map<String, String> input, Shard shard, Optional<Path> resume, Function<SweepPlan, PointExecutor> executors) {
        long start = System.nanoTime();
        SweepPlan plan = plan(input);
        Path output = Path.of(plan.spec().output()).toAbsolutePath();
        Optional<Path> existing = resume.isPresent() ? resume : SweepFolder.findUnfinished(output, plan, shard);
        boolean created = existing.isEmpty();
        SweepFolder folder = existing.map(dir -> checked(SweepFolder.open(dir), plan, shard, resume.isPresent()))
                .orElseGet(() -> SweepFolder.create(output, plan, shard, input));
        try (folder) {
            if (!created) {
                folder.lock();
            }
            List<Point> slice = folder.slice(plan);
            List<Point> pending = folder.pending(plan);
            PointExecutor executor = executors.apply(plan);
            AtomicInteger finished = new AtomicInteger(slice.size() - pending.size());
            try {
                if (!pending.isEmpty()) {
                    execute(executor, pending, slice, folder, finished);
                }
            } catch (RuntimeException e) {
                if (created && slice.stream().noneMatch(folder::done)) {
                    folder.close();
                    AtomicFiles.delete(folder.dir());
                }
                throw e;
            }
            folder.writeIndex(slice);
            List<String> warnings = folder.writeCharts(plan.spec(), slice, charts);
            return report(plan, folder, slice.size(), pending.size(), executor.describe(), warnings, System.nanoTime() - start);
        }
    }

    private void execute(PointExecutor executor, List<Point> pending, List<Point> slice, SweepFolder folder, AtomicInteger finished) {
        executor.execute(pending, new PointExecutor.Sink() {
            @Override
            public Path scratch(Point point) {
                return folder.scratch(point);
            }

            @Override
            public void finished(Point point, Path run) {
                folder.accept(point, run);
                folder.writeIndex(slice);
                log.accept("sweep: " + point.id() + " done (" + finished.incrementAndGet() + "/" + slice.size() + "): "
                        + PointRun.describe(point));
            }
        });
    }

    private static SweepFolder checked(SweepFolder folder, SweepPlan plan, Shard shard, boolean given) {
        if (!folder.hash().equals(plan.spec().hash())) {
            throw new InvalidInputException(SweepArguments.RESUME, folder.dir() + " holds another sweep (digest " + folder.hash()
                    + "; this specification's is " + plan.spec().hash() + "): resume it with the file it was started with");
        }
        if (given && !shard.equals(Shard.ALL) && !shard.equals(folder.shard())) {
            throw new InvalidInputException(Shard.OPTION, folder.dir() + " holds shard " + folder.shard() + ", not " + shard);
        }
        return folder;
    }

    private static String report(SweepPlan plan, SweepFolder folder, int points, int ran, String how, List<String> warnings, long nanos) {
        StringBuilder text = new StringBuilder("conelab sweep ").append(plan.spec().name()).append('\n');
        text.append(String.format("  points   %d (%d run now, %d done before)%s%n", points, ran, points - ran,
                folder.shard().equals(Shard.ALL) ? "" : " of " + plan.points().size() + ", shard " + folder.shard()));
        text.append("  swept    ").append(plan.spec().axes().stream().map(a -> a.key() + " (" + a.values().size() + ")")
                .collect(Collectors.joining(plan.spec().zip() ? " zip " : " × ")));
        text.append(plan.spec().replicates() == 1 ? "" : " × " + plan.spec().replicates() + " replicates (seed " + plan.seed() + ")")
                .append('\n');
        text.append("  ran      ").append(how).append('\n');
        text.append(String.format("  took     %.1f s%n", nanos / 1e9));
        text.append("  folder   ").append(folder.dir()).append('\n');
        text.append("  index    ").append(folder.dir().resolve("sweep.csv")).append('\n');
        List<String> pngs = new ArrayList<>();
        try (var files = Files.list(folder.dir())) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("sweep-") && n.endsWith(".png")).sorted().forEach(pngs::add);
        } catch (java.io.IOException e) {
            warnings = new ArrayList<>(warnings);
            warnings.add("cannot list " + folder.dir() + ": " + e.getMessage());
        }
        pngs.forEach(png -> text.append("  chart    ").append(folder.dir().resolve(png)).append('\n'));
        warnings.forEach(w -> text.append("  warning  ").append(w).append('\n'));
        return text.toString();
    }
}
