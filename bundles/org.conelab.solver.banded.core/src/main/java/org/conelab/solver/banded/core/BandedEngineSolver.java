package org.conelab.solver.banded.core;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.conelab.api.solver.Solver;
import org.conelab.api.solver.SpectrumBounds;
import org.conelab.api.solver.StepObserver;

/**
 * A {@link Solver} that hands every operation to a {@link BandedEngine} built on one kind of
 * {@link Sweeps} (scalar or SIMD). The two banded components extend it and add only their DS
 * metadata.
 *
 * <p><b>Reconfiguration while runs are in flight.</b> An engine is immutable (its thread count is
 * fixed). {@link #configure} swaps in a new engine atomically and retires the old one: calls that
 * had started on the old engine finish on it, and its thread pool is shut down when the last of
 * them returns ({@link RetiringEngine}); calls that start afterwards take the new engine.
 * {@link #close} retires the current engine the same way, and every call after it fails with an
 * {@link IllegalStateException}, so no pool is started that nobody would shut down.
 */
public abstract class BandedEngineSolver implements Solver {

    private final Supplier<Sweeps> sweeps;
    private final AtomicReference<RetiringEngine> engine;

    /**
     * @param sweeps makes the hot loops of each engine
     * @param threads threads for evolve and product, ≥ 1
     * @param tiling a fixed temporal-blocking tiling (tests), or null for cache-sized tiles
     */
    protected BandedEngineSolver(Supplier<Sweeps> sweeps, int threads, Tiling tiling) {
        this.sweeps = sweeps;
        this.engine = new AtomicReference<>(new RetiringEngine(new BandedEngine(sweeps.get(), threads, tiling)));
    }

    /**
     * Swaps in an engine with {@code threads} threads (0: every available processor) and retires
     * the old one: calls running on it finish there, and its threads end with the last of them.
     */
    protected final void configure(int threads) {
        int resolved = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        retire(engine.getAndSet(new RetiringEngine(new BandedEngine(sweeps.get(), resolved, null))));
    }

    /**
     * Retires the engine for good: its threads end now, or when the calls still running on it
     * return; later calls fail with an {@link IllegalStateException}.
     */
    protected final void close() {
        retire(engine.getAndSet(null));
    }

    private static void retire(RetiringEngine old) {
        if (old != null) {
            old.retire();
        }
    }

    /**
     * Runs one operation on the current engine, holding it so that a concurrent
     * {@link #configure} or {@link #close} does not shut its threads down underneath.
     */
    private <R> R onEngine(Function<BandedEngine, R> operation) {
        while (true) {
            RetiringEngine current = engine.get();
            if (current == null) {
                throw new IllegalStateException(getClass().getSimpleName() + " was deactivated (its bundle stopped or its component was disposed)");
            }
            Optional<BandedEngine> held = current.acquire();
            if (held.isPresent()) {
                try {
                    return operation.apply(held.get());
                } finally {
                    current.release();
                }
            }
            // retired between the read and the acquire: the next read finds its successor (or null)
        }
    }

    /** @return the threads used by evolve and product */
    public final int threads() {
        RetiringEngine current = engine.get();
        if (current == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " was deactivated");
        }
        return current.threads();
    }

    /** @return the temporal-blocking tiling evolve and product use for this kernel (benchmarks print it) */
    public final Tiling tiling(SymmetricMatrix kernel) {
        return onEngine(e -> e.tiling(kernel));
    }

    /** y ← K·(w∘x) with this solver's loops into a caller's array (benchmarks reuse one). */
    public final void product(SymmetricMatrix kernel, double[] weights, double[] x, double[] y) {
        onEngine(e -> {
            e.product(kernel, weights, x, y);
            return y;
        });
    }

    /**
     * y = K·(w∘x) by the band sweep of temporal blocking (this solver's SIMD or scalar loops).
     *
     * @throws IllegalArgumentException for a kernel that is not a stencil or banded matrix, and
     *     its subclass {@link org.conelab.api.InvalidInputException} naming {@code weights} or
     *     {@code x} when a length is not n
     */
    @Override
    public final double[] product(SymmetricMatrix kernel, double[] weights, double[] x) {
        double[] y = new double[kernel.size()];
        product(kernel, weights, x, y);
        return y;
    }

    @Override
    public final boolean supports(SymmetricMatrix matrix) {
        // a property of the matrix alone: answered without an engine, even while swapping
        return Band.supports(matrix);
    }

    @Override
    public final int evolve(LinearDynamics dynamics, double[] error, int steps, int interval, StepObserver observer) {
        return onEngine(e -> e.evolve(dynamics, error, steps, interval, observer));
    }

    @Override
    public final ResponseColumns response(LinearDynamics dynamics, int source, int steps) {
        return onEngine(e -> e.response(dynamics, source, steps));
    }

    @Override
    public final double[] solve(SymmetricMatrix matrix, double[] rhs) {
        return onEngine(e -> e.solve(matrix, rhs));
    }

    @Override
    public final double[] eigenvalues(SymmetricMatrix kernel, double[] weights) {
        return onEngine(e -> e.eigenvalues(kernel, weights));
    }

    @Override
    public final java.util.Optional<long[]> eigenvalueCounts(SymmetricMatrix kernel, double[] weights, double[] shifts) {
        return onEngine(e -> e.eigenvalueCounts(kernel, weights, shifts));
    }

    @Override
    public final SpectrumBounds extremes(SymmetricMatrix kernel, double[] weights) {
        return onEngine(e -> e.extremes(kernel, weights));
    }
}
