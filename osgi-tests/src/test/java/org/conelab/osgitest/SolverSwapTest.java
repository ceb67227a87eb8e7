package org.conelab.osgitest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.pipeline.PipelineRunner;
import org.conelab.api.progress.Progress;
import org.conelab.api.solver.Solver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The SIMD solver swapped under the pipeline, seen through the service registry: stopped, its
 * service goes and {@code solver = auto} takes {@code banded-scalar}; started, it comes back and
 * is taken again. Stopping the bundle of the shared core ({@value #CORE_BUNDLE}, a library without
 * components) takes neither solver down: both stay registered and runs go on. Reconfigured through Config Admin ({@code threads}), DS modifies the
 * registered service in place (same {@code service.id}, the new property), and its new engine
 * computes a product on its tile pool correctly.
 */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
class SolverSwapTest {

    static final String SIMD_BUNDLE = "org.conelab.solver.banded";
    static final String CORE_BUNDLE = "org.conelab.solver.banded.core";
    static final String SIMD_PID = "org.conelab.solver.banded.BandedSolver";
    static final long TIMEOUT_MILLIS = ProvidersTest.TIMEOUT_MILLIS;
    /** Absolute error of a Thomas solve of tridiag(−1, 2, −1)·x = (1, 0, 0, 0, 1), x = 1, in doubles. */
    static final double SOLVE_TOLERANCE = 1e-14;

    @InjectBundleContext
    BundleContext context;
    @InjectService(timeout = TIMEOUT_MILLIS)
    PipelineRunner runner;
    /** Not required (cardinality 0): the test takes it away and brings it back. */
    @InjectService(filter = "(conelab.id=banded)", cardinality = 0)
    ServiceAware<Solver> simd;
    @InjectService(filter = "(conelab.id=banded-scalar)", cardinality = 0)
    ServiceAware<Solver> scalar;

    @TempDir
    Path output;

    @Test
    void stoppingTheSimdBundleHandsAutoToTheScalarSolverAndStartingItHandsItBack() throws Exception {
        Bundle bundle = bundle(SIMD_BUNDLE);
        assertThat(simd.waitForService(TIMEOUT_MILLIS)).as("banded registered").isNotNull();
        assertThat(solverOfAutoRun()).isEqualTo("banded");

        bundle.stop();
        try {
            assertThat(simd.isEmpty()).as("banded unregistered by the stop").isTrue();
            assertThat(solverOfAutoRun()).isEqualTo("banded-scalar");
        } finally {
            bundle.start();
        }

        assertThat(simd.waitForService(TIMEOUT_MILLIS)).as("banded registered again").isNotNull();
        assertThat(solverOfAutoRun()).isEqualTo("banded");
    }

    @Test
    void stoppingTheSharedCoreBundleLeavesBothBandedSolversRunning() throws Exception {
        Bundle core = bundle(CORE_BUNDLE);
        assertThat(simd.waitForService(TIMEOUT_MILLIS)).as("banded registered").isNotNull();
        assertThat(scalar.waitForService(TIMEOUT_MILLIS)).as("banded-scalar registered").isNotNull();

        core.stop();
        try {
            assertThat(core.getState()).as("the core stopped").isEqualTo(Bundle.RESOLVED);
            assertThat(simd.isEmpty()).as("banded still registered").isFalse();
            assertThat(scalar.isEmpty()).as("banded-scalar still registered").isFalse();
            assertThat(solverOfAutoRun()).isEqualTo("banded");
            assertThat(simd.getService().solve(new StencilMatrix(5, new double[] {2.0, -1.0}), new double[] {1, 0, 0, 0, 1}))
                    .as("the SIMD solver computes on the stopped core's classes").containsExactly(new double[] {1, 1, 1, 1, 1}, offset(SOLVE_TOLERANCE));
        } finally {
            core.start();
        }
    }

    @Test
    void reconfiguringTheThreadsModifiesTheRegisteredSolverInPlace(@InjectService(timeout = TIMEOUT_MILLIS) ConfigurationAdmin admin)
            throws Exception {
        assertThat(simd.waitForService(TIMEOUT_MILLIS)).isNotNull();
        ServiceReference<Solver> before = simd.getServiceReference();
        Configuration configuration = admin.getConfiguration(SIMD_PID, "?");
        try {
            configuration.update(new Hashtable<>(Map.of("threads", 1)));
            assertThat(awaitProperty("threads", 1)).as("the configuration reached the service").isTrue();

            ServiceReference<Solver> after = simd.getServiceReference();
            assertThat(after.getProperty("service.id")).as("modified, not re-registered").isEqualTo(before.getProperty("service.id"));
            StencilMatrix kernel = new StencilMatrix(70_000, new double[] {1.0, 0.4});
            double[] weights = new double[kernel.size()];
            Arrays.fill(weights, 1.5);
            double[] x = new double[kernel.size()];
            Arrays.setAll(x, i -> Math.sin(0.01 * i));
            assertThat(SolverAgreementTest.relativeError(simd.getService(after).product(kernel, weights, x),
                    expectedProduct(kernel, weights, x))).as("a product large enough for the tile pool").isLessThan(SolverAgreementTest.RELATIVE);
        } finally {
            configuration.delete();
        }
    }

    /** K·(w∘x) for a stencil, row by row: the dense solver cannot hold n = 70 000. */
    private static double[] expectedProduct(StencilMatrix kernel, double[] w, double[] x) {
        int n = kernel.size();
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = Math.max(0, i - kernel.halfBandwidth()); j <= Math.min(n - 1, i + kernel.halfBandwidth()); j++) {
                y[i] += kernel.entry(i, j) * w[j] * x[j];
            }
        }
        return y;
    }

    private boolean awaitProperty(String key, Object value) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            ServiceReference<Solver> reference = simd.getServiceReference();
            if (reference != null && java.util.Objects.equals(reference.getProperty(key), value)) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private String solverOfAutoRun() {
        Map<String, String> spec = new LinkedHashMap<>();
        spec.put("name", "swap");
        spec.put("graph", "chain");
        spec.put("n", "31");
        spec.put("kernel", "tridiagonal");
        spec.put("targets", "lognormal");
        spec.put("loss", "is");
        spec.put("solver", "auto");
        spec.put("steps", "5");
        spec.put("analyzers", "lightcone");
        spec.put("output", output.toString());
        return runner.run(spec, Progress.NONE).resolved().get("solver");
    }

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
    }
}
