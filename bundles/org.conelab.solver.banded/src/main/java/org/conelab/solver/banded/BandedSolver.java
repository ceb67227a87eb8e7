package org.conelab.solver.banded;

import org.conelab.api.ServiceProperties;
import org.conelab.api.solver.Solver;
import org.conelab.solver.banded.core.BandedEngineSolver;
import org.conelab.solver.banded.core.Tiling;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The banded solver with SIMD hot loops ({@code banded}): the algorithms of
 * {@code BandedEngine} (temporal blocking, light-cone response windows, Thomas and band
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
public final class BandedSolver extends BandedEngineSolver {

    /** The highest of the solvers: preferred by {@code auto} wherever it supports the kernel. */
    static final int RANKING = 200;

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
        super(VectorSweeps::new, threads, tiling);
    }

    @Activate
    @Modified
    void activate(BandedSolverConfig config) {
        configure(config.threads());
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
