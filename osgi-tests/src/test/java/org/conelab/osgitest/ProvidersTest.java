package org.conelab.osgitest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.conelab.api.ServiceProperties;
import org.conelab.api.analysis.Analyzer;
import org.conelab.api.audit.PaperAudit;
import org.conelab.api.chart.ChartRenderer;
import org.conelab.api.graph.GraphBuilder;
import org.conelab.api.kernel.KernelGenerator;
import org.conelab.api.loss.Loss;
import org.conelab.api.pipeline.PipelineRunner;
import org.conelab.api.solver.Solver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Every provider the conelab bundles register, seen by DS's clients: each graph builder, loss,
 * kernel, solver and analyzer service with its {@code conelab.id} and {@code service.ranking}
 * (the ranking is what {@code solver = auto} orders by), and the platform services. Moved here
 * from the launcher's PlatformIT, which looked them up by class name from outside the framework.
 */
@ExtendWith(ServiceExtension.class)
class ProvidersTest {

    /** How long DS may take to register the services after the bundles start. */
    static final long TIMEOUT_MILLIS = 10_000;

    @InjectService(cardinality = 5, timeout = TIMEOUT_MILLIS)
    ServiceAware<GraphBuilder> graphs;
    @InjectService(cardinality = 2, timeout = TIMEOUT_MILLIS)
    ServiceAware<Loss> losses;
    @InjectService(cardinality = 3, timeout = TIMEOUT_MILLIS)
    ServiceAware<KernelGenerator> kernels;
    @InjectService(cardinality = 4, timeout = TIMEOUT_MILLIS)
    ServiceAware<Solver> solvers;
    @InjectService(cardinality = 4, timeout = TIMEOUT_MILLIS)
    ServiceAware<Analyzer> analyzers;

    @Test
    void everyGraphBuilderIsRegisteredWithItsIdAndRanking() {
        assertThat(idsAndRankings(graphs)).isEqualTo(Map.of("chain", 100, "ring", 100, "grid", 100, "grid3d", 100, "edges", 100));
    }

    @Test
    void everyLossIsRegisteredWithItsIdAndRanking() {
        assertThat(idsAndRankings(losses)).isEqualTo(Map.of("is", 100, "mse", 100));
    }

    @Test
    void everyKernelIsRegisteredWithItsIdAndRanking() {
        assertThat(idsAndRankings(kernels)).isEqualTo(Map.of("tridiagonal", 100, "graph", 100, "expdecay", 100));
    }

    @Test
    void everySolverIsRegisteredWithTheRankingAutoOrdersBy() {
        assertThat(idsAndRankings(solvers)).isEqualTo(Map.of("banded", 200, "banded-scalar", 150, "iterative", 50, "dense", 10));
    }

    @Test
    void everyAnalyzerIsRegisteredWithItsIdAndRanking() {
        assertThat(idsAndRankings(analyzers))
                .isEqualTo(Map.of("lightcone", 100, "spectrum", 100, "training", 100, "propagator", 100));
    }

    @Test
    void thePlatformServicesAreRegistered(@InjectService(timeout = TIMEOUT_MILLIS) PipelineRunner runner,
            @InjectService(timeout = TIMEOUT_MILLIS) ChartRenderer charts, @InjectService(timeout = TIMEOUT_MILLIS) PaperAudit audit) {
        assertThat(runner).isNotNull();
        assertThat(charts).isNotNull();
        assertThat(audit).isNotNull();
    }

    /** @return conelab.id → service.ranking of every service tracked; an id registered twice fails */
    static Map<String, Integer> idsAndRankings(ServiceAware<?> services) {
        Map<String, Integer> found = new TreeMap<>();
        for (ServiceReference<?> reference : services.getServiceReferences()) {
            String id = (String) reference.getProperty(ServiceProperties.ID);
            Object previous = found.put(id, (Integer) reference.getProperty("service.ranking"));
            assertThat(previous).as("%s registered once", id).isNull();
        }
        return found;
    }
}
