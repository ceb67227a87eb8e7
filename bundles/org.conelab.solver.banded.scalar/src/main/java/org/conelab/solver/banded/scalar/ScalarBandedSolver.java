package org.conelab.solver.banded.scalar;

import org.conelab.api.ServiceProperties;
import org.conelab.api.solver.Solver;
import org.conelab.solver.banded.core.BandedEngineSolver;
import org.conelab.solver.banded.core.ScalarSweeps;
import org.conelab.solver.banded.core.Tiling;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The banded solver in plain Java ({@code banded-scalar}): stencil and banded kernels of any n
 * and R, with the algorithms of {@code BandedEngine} and scalar hot loops. It ranks below the
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
public final class ScalarBandedSolver extends BandedEngineSolver {

    /** Below the SIMD solver (200), above the dense reference and the matrix-free solver. */
    static final int RANKING = 150;

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
        super(ScalarSweeps::new, threads, tiling);
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
