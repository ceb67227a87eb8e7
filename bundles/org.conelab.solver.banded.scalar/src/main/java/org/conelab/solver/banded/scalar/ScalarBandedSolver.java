package org.conelab.solver.banded.scalar;

import org.conelab.api.ServiceProperties;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.conelab.api.solver.Solver;
import org.conelab.api.solver.SpectrumBounds;
import org.conelab.api.solver.StepObserver;
import org.conelab.solver.banded.scalar.core.BandedEngine;
import org.conelab.solver.banded.scalar.core.ScalarSweeps;
import org.conelab.solver.banded.scalar.core.Tiling;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The banded solver in plain Java ({@code banded-scalar}): stencil and banded kernels of any n
 * and R, with the algorithms of {@link BandedEngine} and scalar hot loops. It ranks below the
 * SIMD solver {@code banded}, so {@code auto} uses it when that bundle is not resolved (the JVM
 * was started without {@code --add-modules jdk.incubator.vector}) or is stopped.
 *
 * <p>Configuration (PID {@code org.conelab.solver.banded.scalar.ScalarBandedSolver}, optional):
 * {@code threads}, default every available processor.
 */
@Component(service = Solver.class, configurationPolicy = ConfigurationPolicy.OPTIONAL, property = {
    ServiceProperties.ID + "=banded-scalar",
    "service.ranking:Integer=" + ScalarBandedSolver.RANKING,
    ServiceProperties.DESCRIPTION + "=Banded solver, plain Java: stencil/banded kernels, temporal blocking, "
            + "Thomas/Cholesky, Sturm bisection, any n"
})
@Designate(ocd = BandedSolverConfig.class)
public final class ScalarBandedSolver implements Solver {

    /** Below the SIMD solver (200), above the dense reference and the matrix-free solver. */
    static final int RANKING = 150;

    private volatile BandedEngine engine;

    /** A solver on every available processor, as DS creates it before {@link #activate}. */
    public ScalarBandedSolver() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** @param threads threads for evolve and product, ≥ 1 */
    public ScalarBandedSolver(int threads) {
        this(threads, null);
    }

    /** @param tiling a fixed temporal-blocking tiling (tests), or null for cache-sized tiles */
    ScalarBandedSolver(int threads, Tiling tiling) {
        this.engine = new BandedEngine(new ScalarSweeps(), threads, tiling);
    }

    @Activate
    @Modified
    void activate(BandedSolverConfig config) {
        int threads = config.threads() > 0 ? config.threads() : Runtime.getRuntime().availableProcessors();
        BandedEngine old = engine;
        engine = new BandedEngine(new ScalarSweeps(), threads, null);
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

    /**
     * y ← K·(w∘x) with the scalar loops, for callers (benchmarks, tests) that need the product
     * itself.
     */
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
