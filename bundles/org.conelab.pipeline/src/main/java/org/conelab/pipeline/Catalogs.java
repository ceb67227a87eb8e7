package org.conelab.pipeline;

import org.conelab.api.analysis.Analyzer;
import org.conelab.api.graph.GraphBuilder;
import org.conelab.api.kernel.KernelGenerator;
import org.conelab.api.loss.Loss;
import org.conelab.api.solver.Solver;
import org.conelab.api.targets.TargetGenerator;

/**
 * The provider catalogs a run resolves its ids against.
 *
 * @param graphs graph builder services
 * @param losses loss services
 * @param kernels kernel generator services
 * @param solvers solver services
 * @param analyzers analyzer services
 * @param targets target generator services
 */
record Catalogs(ProviderCatalog<GraphBuilder> graphs, ProviderCatalog<Loss> losses, ProviderCatalog<KernelGenerator> kernels,
        ProviderCatalog<Solver> solvers, ProviderCatalog<Analyzer> analyzers, ProviderCatalog<TargetGenerator> targets) {

    /** @return empty catalogs */
    static Catalogs empty() {
        return new Catalogs(new ProviderCatalog<>("graph"), new ProviderCatalog<>("loss"), new ProviderCatalog<>("kernel"),
                new ProviderCatalog<>("solver"), new ProviderCatalog<>("analyzer"), new ProviderCatalog<>("target generator"));
    }
}
