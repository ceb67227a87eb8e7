package org.conelab.solver.banded.scalar.core;

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
 * metadata; reconfiguring the thread count swaps the engine atomically.
 */
public abstract class BandedEngineSolver implements Solver {

    private final Supplier<Sweeps> sweeps;
    private volatile BandedEngine engine;

    /**
     * @param sweeps makes the hot loops of each engine
     * @param threads threads for evolve and product, ≥ 1
     * @param tiling a fixed temporal-blocking tiling (tests), or null for cache-sized tiles
     */
    protected BandedEngineSolver(Supplier<Sweeps> sweeps, int threads, Tiling tiling) {
        this.sweeps = sweeps;
        this.engine = new BandedEngine(sweeps.get(), threads, tiling);
    }

    /**
     * Replaces the engine by one with {@code threads} threads (0: every available processor)
     * and closes the old one.
     */
    protected final void configure(int threads) {
        int resolved = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        BandedEngine old = engine;
        engine = new BandedEngine(sweeps.get(), resolved, null);
        old.close();
    }

    /** Releases the engine's threads. */
    protected final void close() {
        engine.close();
    }

    /** @return the threads used by evolve and product */
    public final int threads() {
        return engine.threads();
    }

    /** @return the temporal-blocking tiling evolve and product use for this kernel (benchmarks print it) */
    public final Tiling tiling(SymmetricMatrix kernel) {
        return engine.tiling(kernel);
    }

    /** y ← K·(w∘x) with this solver's loops into a caller's array (benchmarks reuse one). */
    public final void product(SymmetricMatrix kernel, double[] weights, double[] x, double[] y) {
        engine.product(kernel, weights, x, y);
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
        engine.product(kernel, weights, x, y);
        return y;
    }

    @Override
    public final boolean supports(SymmetricMatrix matrix) {
        return engine.supports(matrix);
    }

    @Override
    public final int evolve(LinearDynamics dynamics, double[] error, int steps, int interval, StepObserver observer) {
        return engine.evolve(dynamics, error, steps, interval, observer);
    }

    @Override
    public final ResponseColumns response(LinearDynamics dynamics, int source, int steps) {
        return engine.response(dynamics, source, steps);
    }

    @Override
    public final double[] solve(SymmetricMatrix matrix, double[] rhs) {
        return engine.solve(matrix, rhs);
    }

    @Override
    public final double[] eigenvalues(SymmetricMatrix kernel, double[] weights) {
        return engine.eigenvalues(kernel, weights);
    }

    @Override
    public final java.util.Optional<long[]> eigenvalueCounts(SymmetricMatrix kernel, double[] weights, double[] shifts) {
        return engine.eigenvalueCounts(kernel, weights, shifts);
    }

    @Override
    public final SpectrumBounds extremes(SymmetricMatrix kernel, double[] weights) {
        return engine.extremes(kernel, weights);
    }
}
