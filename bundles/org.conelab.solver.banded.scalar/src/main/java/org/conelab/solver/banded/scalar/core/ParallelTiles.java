package org.conelab.solver.banded.scalar.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs independent index ranges (groups of tiles) on up to {@code threads} threads: one range
 * on the calling thread, the others on a private {@link ForkJoinPool} that is created on first
 * use and shut down by {@link #close()}. Closing is final: a parallel call after it fails
 * instead of starting a pool that nobody would shut down. The pool's threads are named
 * {@value #THREAD_PREFIX}{@code <pool>-<worker>}, so thread dumps and leak checks can tell them apart.
 */
public final class ParallelTiles implements AutoCloseable {

    /** The start of every pool thread's name. */
    public static final String THREAD_PREFIX = "conelab-banded-tiles-";
    /** How long {@link #close()} waits for the pool's threads to end. */
    static final long TERMINATION_WAIT_SECONDS = 10;
    /** Numbers the pools of this class loader, for thread names only. */
    private static final AtomicInteger POOLS = new AtomicInteger();

    /** A body run once per contiguous range [from, to) of task indices. */
    @FunctionalInterface
    interface RangeBody {
        void run(int from, int to);
    }

    private final int threads;
    private ForkJoinPool pool;
    private boolean closed;

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
     *
     * @throws IllegalStateException when a parallel call comes after {@link #close()}
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
        if (closed) {
            throw new IllegalStateException("the tile threads were shut down: this engine is closed");
        }
        if (pool == null) {
            pool = new ForkJoinPool(threads - 1, namedWorkers(POOLS.incrementAndGet()), null, false);
        }
        return pool;
    }

    private static ForkJoinPool.ForkJoinWorkerThreadFactory namedWorkers(int poolNumber) {
        AtomicInteger workers = new AtomicInteger();
        return owner -> {
            ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(owner);
            thread.setName(THREAD_PREFIX + poolNumber + "-" + workers.incrementAndGet());
            return thread;
        };
    }

    /**
     * Shuts the pool down for good and waits (up to {@value #TERMINATION_WAIT_SECONDS} s) for its
     * threads to end; calls in progress finish their ranges first. Idempotent.
     */
    @Override
    public void close() {
        ForkJoinPool stopping;
        synchronized (this) {
            closed = true;
            stopping = pool;
            pool = null;
        }
        if (stopping == null) {
            return;
        }
        stopping.shutdown();
        try {
            stopping.awaitTermination(TERMINATION_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
