package org.conelab.solver.banded.scalar.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs independent tasks (tiles) on up to {@code threads} threads: the calling thread and
 * workers of a private {@link ForkJoinPool} that is created on first use and shut down by
 * {@link #close()}. The tasks are handed out one at a time from a shared counter, so a thread
 * that starts late or runs slower (a worker waking up, a core that others share) takes fewer of
 * them and all finish together; with fixed halves, the second core finished about 4 % of a block
 * later than the first on a 2-core machine.
 */
public final class ParallelTiles implements AutoCloseable {

    /** What one thread does: set itself up once (work arrays), then run the tasks it is handed. */
    @FunctionalInterface
    interface TaskBody {
        /** @return the runner of this thread's tasks, called with each task index it takes */
        IntConsumer start();
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
     * Runs the tasks 0 … count − 1, each once, on at most {@code threads} threads (in parallel when
     * {@code parallel} holds): every participating thread calls {@code body.start()} once and then
     * runs the tasks it takes, in increasing order, until none is left. Returns when all are done
     * and rethrows the first failure.
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
