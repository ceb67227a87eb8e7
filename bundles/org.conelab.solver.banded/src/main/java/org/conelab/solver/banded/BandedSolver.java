package org.conelab.solver.banded;

import org.conelab.api.ServiceProperties;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.conelab.api.solver.Solver;
import org.conelab.api.solver.SpectrumBounds;
import org.conelab.api.solver.StepObserver;
import org.conelab.solver.banded.scalar.core.BandedEngine;
import org.conelab.solver.banded.scalar.core.Tiling;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The banded solver with SIMD hot loops ({@code banded}): the algorithms of
 * {@link BandedEngine} (temporal blocking, light-cone response windows, Thomas and band
 * Cholesky, Sturm bisection, band reduction and QL) with the product and step sweeps on the
 * Vector API ({@link VectorSweeps}).
 *
 * <p>The bundle imports {@code jdk.incubator.vector}, which the framework exports only when the
 * JVM runs with {@code --add-modules jdk.incubator.vector}; without it the bundle stays
 * unresolved and {@code auto} falls back to {@code banded-scalar} (ranking 150).
 *
 * <p>Configuration (PID {@code org.conelab.solver.banded.BandedSolver}, optional):
 * {@code threads}, default every available processor.
 */
@Component(service = Solver.class, configurationPolicy = ConfigurationPolicy.OPTIONAL, property = {
    ServiceProperties.ID + "=banded",
    "service.ranking:Integer=" + BandedSolver.RANKING,
    ServiceProperties.DESCRIPTION + "=Banded solver, SIMD (Vector API): stencil/banded kernels, temporal blocking, "
            + "Thomas/Cholesky, Sturm bisection, any n"
})
@Designate(ocd = BandedSolverConfig.class)
public final class BandedSolver implements Solver {

    /** The highest of the solvers: preferred by {@code auto} wherever it supports the kernel. */
    static final int RANKING = 200;

    private volatile BandedEngine engine;

    /** A solver on every available processor, as DS creates it before {@link #activate}. */
    public BandedSolver() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** @param threads threads for evolve and product, ≥ 1 */
    public BandedSolver(int threads) {
        this(threads, null);
    }

    /** @param tiling a fixed temporal-blocking tiling (tests), or null for cache-sized tiles */
    BandedSolver(int threads, Tiling tiling) {
        this.engine = new BandedEngine(new VectorSweeps(), threads, tiling);
    }

    @Activate
    @Modified
    void activate(BandedSolverConfig config) {
        int threads = config.threads() > 0 ? config.threads() : Runtime.getRuntime().availableProcessors();
        BandedEngine old = engine;
        engine = new BandedEngine(new VectorSweeps(), threads, null);
        old.close();
    }

    @Deactivate
    void deactivate() {
        engine.close();
    }

    /** @return the threads used by evolve and product */
    public int threads() {
        return engine.threads();
    }

    /** y ← K·(w∘x) with the SIMD loops, for callers (benchmarks, tests) that need the product itself. */
    public void product(SymmetricMatrix kernel, double[] weights, double[] x, double[] y) {
        engine.product(kernel, weights, x, y);
    }

    @Override
    public boolean supports(SymmetricMatrix matrix) {
        return engine.supports(matrix);
    }

    @Override
    public int evolve(LinearDynamics dynamics, double[] error, int steps, int interval, StepObserver observer) {
        return engine.evolve(dynamics, error, steps, interval, observer);
    }

    @Override
    public ResponseColumns response(LinearDynamics dynamics, int source, int steps) {
        return engine.response(dynamics, source, steps);
    }

    @Override
    public double[] solve(SymmetricMatrix matrix, double[] rhs) {
        return engine.solve(matrix, rhs);
    }

    @Override
    public double[] eigenvalues(SymmetricMatrix kernel, double[] weights) {
        return engine.eigenvalues(kernel, weights);
    }

    @Override
    public SpectrumBounds extremes(SymmetricMatrix kernel, double[] weights) {
        return engine.extremes(kernel, weights);
    }
}
