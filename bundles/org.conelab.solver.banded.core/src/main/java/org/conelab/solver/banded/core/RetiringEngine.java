package org.conelab.solver.banded.core;

import java.util.Optional;

/**
 * A {@link BandedEngine} shared by the calls that started on it, counted so that it is closed
 * (its threads shut down) exactly once: when it has been {@link #retire() retired} and the last
 * call has {@link #release() released} it. A retired engine takes no new calls, so a caller that
 * finds it retired goes to its successor; calls already running on it finish on it.
 *
 * <p>Thread-safe. Every successful {@link #acquire()} must be followed by one {@link #release()}.
 */
final class RetiringEngine {

    private final BandedEngine engine;
    private int users;
    private boolean retired;
    private boolean closed;

    /** @param engine the engine to share; owned from now on */
    RetiringEngine(BandedEngine engine) {
        this.engine = engine;
    }

    /** @return the engine, counted as in use until {@link #release()}; empty once retired */
    synchronized Optional<BandedEngine> acquire() {
        if (retired) {
            return Optional.empty();
        }
        users++;
        return Optional.of(engine);
    }

    /** Ends one use; the last use of a retired engine closes it. */
    void release() {
        boolean close;
        synchronized (this) {
            if (users == 0) {
                throw new IllegalStateException("release without acquire");
            }
            users--;
            close = shouldClose();
        }
        if (close) {
            engine.close();
        }
    }

    /** Takes no new calls from now on; closes the engine now if no call uses it, else on the last release. */
    void retire() {
        boolean close;
        synchronized (this) {
            retired = true;
            close = shouldClose();
        }
        if (close) {
            engine.close();
        }
    }

    /** @return the threads of the engine (its configuration, readable in any state) */
    int threads() {
        return engine.threads();
    }

    /** @return whether the engine has been closed */
    synchronized boolean isClosed() {
        return closed;
    }

    private boolean shouldClose() {
        if (retired && users == 0 && !closed) {
            closed = true;
            return true;
        }
        return false;
    }
}
