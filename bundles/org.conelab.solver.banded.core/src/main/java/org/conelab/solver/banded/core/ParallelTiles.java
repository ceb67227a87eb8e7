package org.conelab.solver.banded.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs independent tasks (tiles) on up to {@code threads} threads: the calling thread and
 * workers of a private {@link ForkJoinPool} that is created on first use and shut down by
 * {@link #close()}. The tasks are handed out one at a time from a shared counter, so a thread
 * that starts late or runs slower (a worker waking up, a core that others share) takes fewer of
 * them and all finish together; with fixed halves, the second core finished about 4 % of a block
 * later than the first on a 2-core machine. Closing is final: a parallel call after it fails
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

    /** What one thread does: set itself up once (work arrays), then run the tasks it is handed. */
    @FunctionalInterface
    interface TaskBody {
        /** @return the runner of this thread's tasks, called with each task index it takes */
        IntConsumer start();
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
     * Runs the tasks 0 … count − 1, each once, on at most {@code threads} threads (in parallel when
     * {@code parallel} holds): every participating thread calls {@code body.start()} once and then
     * runs the tasks it takes, in increasing order, until none is left. Returns when all are done
     * and rethrows the first failure.
     *
     * @throws IllegalStateException when a parallel call comes after {@link #close()}
     */
    void forEachTask(int count, boolean parallel, TaskBody body) {
        int participants = parallel ? Math.min(threads, count) : 1;
        AtomicInteger next = new AtomicInteger();
        Runnable participant = () -> {
            IntConsumer runner = body.start();
            for (int k = next.getAndIncrement(); k < count; k = next.getAndIncrement()) {
                runner.accept(k);
            }
        };
        if (participants <= 1) {
            participant.run();
            return;
        }
        ForkJoinPool executor = pool();
        List<ForkJoinTask<?>> tasks = new ArrayList<>(participants - 1);
        for (int g = 1; g < participants; g++) {
            tasks.add(executor.submit(participant));
        }
        RuntimeException failure = null;
        try {
            participant.run();
        } catch (RuntimeException e) {
            failure = e;
            // the others stop at their next task
            next.set(count);
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
