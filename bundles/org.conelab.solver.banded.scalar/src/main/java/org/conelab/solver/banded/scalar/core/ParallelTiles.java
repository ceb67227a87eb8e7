package org.conelab.solver.banded.scalar.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Runs independent index ranges (groups of tiles) on up to {@code threads} threads: one range
 * on the calling thread, the others on a private {@link ForkJoinPool} that is created on first
 * use and shut down by {@link #close()}.
 */
public final class ParallelTiles implements AutoCloseable {

    /** A body run once per contiguous range [from, to) of task indices. */
    @FunctionalInterface
    interface RangeBody {
        void run(int from, int to);
    }

    private final int threads;
    private ForkJoinPool pool;

    /** @param threads the most threads to use, ≥ 1 */
    public ParallelTiles(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    /** @return the most threads used */
    public int threads() {
        return threads;
    }

    /**
     * Splits [0, count) into at most {@code threads} contiguous ranges of nearly equal length and
     * runs {@code body} on each, in parallel when {@code parallel} holds; returns when all are
     * done and rethrows the first failure.
     */
    void forEachRange(int count, boolean parallel, RangeBody body) {
        int groups = parallel ? Math.min(threads, count) : 1;
        if (groups <= 1) {
            body.run(0, count);
            return;
        }
        ForkJoinPool executor = pool();
        List<ForkJoinTask<?>> tasks = new ArrayList<>(groups - 1);
        for (int g = 1; g < groups; g++) {
            int from = (int) ((long) g * count / groups);
            int to = (int) ((long) (g + 1) * count / groups);
            tasks.add(executor.submit(() -> body.run(from, to)));
        }
        RuntimeException failure = null;
        try {
            body.run(0, (int) ((long) count / groups));
        } catch (RuntimeException e) {
            failure = e;
        }
        for (ForkJoinTask<?> task : tasks) {
            try {
                task.join();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private synchronized ForkJoinPool pool() {
        if (pool == null) {
            pool = new ForkJoinPool(threads - 1);
        }
        return pool;
    }

    /** Shuts the pool down; a later parallel call creates a new one. */
    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.shutdown();
            pool = null;
        }
    }
}
