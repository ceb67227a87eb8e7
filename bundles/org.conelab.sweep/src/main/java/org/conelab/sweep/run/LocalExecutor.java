package org.conelab.sweep.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.conelab.api.pipeline.PipelineRunner;
import org.conelab.api.progress.Progress;
import org.conelab.sweep.spec.Point;
import org.conelab.sweep.spec.SweepPlan;

/**
 * Runs points on this machine, {@code parallel} at once, each on a thread of its own (named
 * {@code conelab-sweep-<n>}) through the local pipeline runner. The solver's own threads are
 * budgeted by {@link ThreadBudget}, which the caller holds while this runs.
 */
public final class LocalExecutor implements PointExecutor {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final PipelineRunner runner;
    private final SweepPlan plan;
    private final int parallel;
    private final int solverThreads;
    private final ThreadBudget budget;
    private final Progress progress;

    /**
     * @param parallel points at once, ≥ 1
     * @param budget the solvers' thread budget: with {@code parallel} ≥ 2, each point's solver
     *     gets {@link ThreadBudget#perPoint} threads of the available processors while the points run
     * @param progress checked for cancellation between points and passed to each run
     */
    public LocalExecutor(PipelineRunner runner, SweepPlan plan, int parallel, ThreadBudget budget, Progress progress) {
        this.runner = runner;
        this.plan = plan;
        this.parallel = parallel;
        this.budget = budget;
        this.solverThreads = parallel == 1 ? Runtime.getRuntime().availableProcessors()
                : ThreadBudget.perPoint(Runtime.getRuntime().availableProcessors(), parallel);
        this.progress = progress;
    }

    @Override
    public void execute(List<Point> points, Sink sink) {
        if (parallel == 1) {
            sequentially(points, sink);
            return;
        }
        try (ThreadBudget.Held held = budget.hold(solverThreads)) {
            concurrently(points, sink);
        }
    }

    private void sequentially(List<Point> points, Sink sink) {
        for (Point p : points) {
            checkCancelled();
            sink.finished(p, PointRun.run(runner, plan.spec().base(), plan.spec().name(), p, sink.scratch(p), progress));
        }
    }

    private void concurrently(List<Point> points, Sink sink) {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "conelab-sweep-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Point p : points) {
                futures.add(pool.submit(() -> {
                    if (stop.get() || progress.isCancelled()) {
                        return;
                    }
                    try {
                        sink.finished(p, PointRun.run(runner, plan.spec().base(), plan.spec().name(), p, sink.scratch(p), progress));
                    } catch (RuntimeException | Error e) {
                        stop.set(true);
                        throw e;
                    }
                }));
            }
            RuntimeException failure = null;
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    stop.set(true);
                    pool.shutdownNow();
                    Thread.currentThread().interrupt();
                    throw new CancellationException("sweep interrupted; the points that finished are kept");
                }
            }
            if (failure != null) {
                throw failure;
            }
            checkCancelled();
        } finally {
            pool.shutdownNow();
        }
    }

    private void checkCancelled() {
        if (progress.isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("sweep cancelled; the points that finished are kept");
        }
    }

    @Override
    public String describe() {
        return parallel + " point" + (parallel == 1 ? "" : "s") + " at once on this machine, solver threads " + solverThreads + " each";
    }
}
