package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;

/**
 * Boots the built distribution in batch mode, in this JVM, with the launcher's own classes:
 * every bundle of the feature is installed, all but the shell-only ones are active, and the
 * platform's services are registered. Services are looked up by class name: the test code
 * does not link against the conelab API.
 */
class PlatformIT {

    @TempDir
    Path load;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Platform platform;

    @BeforeEach
    void start() {
        platform = Platform.start(TestDistribution.withLoadDirectory(load), Platform.Mode.BATCH,
                new LauncherLog(TestDistribution.printStream(err)));
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void installsEveryFeatureBundleAndStartsAllButTheShellOnlyOnes() {
        Map<String, Bundle> byLocation = new HashMap<>();
        for (Bundle bundle : platform.context().getBundles()) {
            byLocation.put(bundle.getLocation(), bundle);
        }
        List<BundleEntry> entries = platform.entries();

        assertThat(entries).hasSizeGreaterThanOrEqualTo(20).anyMatch(BundleEntry::shellOnly);
        for (BundleEntry entry : entries) {
            Bundle bundle = byLocation.get(entry.jar().toUri().toString());
            assertThat(bundle).as("bundle of %s", entry.id()).isNotNull();
            if (entry.shellOnly()) {
                assertThat(bundle.getState()).as("shell-only %s", entry.id()).isNotEqualTo(Bundle.ACTIVE);
            } else {
                assertThat(LoadFolder.stateName(bundle.getState())).as("%s", entry.id()).isEqualTo("ACTIVE");
            }
        }
        assertThat(platform.context().getBundles()).hasSize(entries.size() + 1);
        assertThat(TestDistribution.text(err)).isEmpty();
    }

    @Test
    void startsTheShellOnlyBundlesLast() {
        List<BundleEntry> entries = platform.entries();
        int firstShellOnly = entries.indexOf(entries.stream().filter(BundleEntry::shellOnly).findFirst().orElseThrow());

        assertThat(entries.subList(firstShellOnly, entries.size())).allMatch(BundleEntry::shellOnly);
    }

    @ParameterizedTest
    @CsvSource({
        "org.conelab.api.graph.GraphBuilder, chain",
        "org.conelab.api.graph.GraphBuilder, ring",
        "org.conelab.api.graph.GraphBuilder, grid",
        "org.conelab.api.graph.GraphBuilder, grid3d",
        "org.conelab.api.graph.GraphBuilder, edges",
        "org.conelab.api.loss.Loss, is",
        "org.conelab.api.loss.Loss, mse",
        "org.conelab.api.kernel.KernelGenerator, tridiagonal",
        "org.conelab.api.kernel.KernelGenerator, graph",
        "org.conelab.api.kernel.KernelGenerator, expdecay",
        "org.conelab.api.solver.Solver, dense",
        "org.conelab.api.solver.Solver, iterative",
        "org.conelab.api.solver.Solver, banded-scalar",
        "org.conelab.api.solver.Solver, banded",
        "org.conelab.api.analysis.Analyzer, lightcone",
        "org.conelab.api.analysis.Analyzer, spectrum",
        "org.conelab.api.analysis.Analyzer, training",
        "org.conelab.api.analysis.Analyzer, propagator"
    })
    void registersTheProviders(String service, String id) throws InterruptedException {
        assertThat(TestDistribution.await(() -> registered(service, "(conelab.id=" + id + ")")))
                .as("%s with conelab.id=%s", service, id).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"org.conelab.api.chart.ChartRenderer", "org.conelab.api.pipeline.PipelineRunner",
        "org.conelab.api.audit.PaperAudit"})
    void registersThePlatformServices(String service) throws InterruptedException {
        assertThat(TestDistribution.await(() -> registered(service, null))).as(service).isTrue();
    }

    @Test
    void keepsItsStorageInAFreshFolderThatCloseDeletes() {
        Path storage = Path.of(platform.context().getProperty("org.osgi.framework.storage"));
        assertThat(storage).isDirectory().isNotEqualTo(Path.of("felix-cache").toAbsolutePath());

        platform.close();

        assertThat(Files.exists(storage)).isFalse();
        assertThat(Path.of("felix-cache")).doesNotExist();
    }

    @Test
    void runsAwtHeadless() {
        assertThat(java.awt.GraphicsEnvironment.isHeadless()).isTrue();
    }

    private boolean registered(String service, String filter) {
        BundleContext context = platform.context();
        try {
            // getAll…: the test classpath holds the API jar too, so the system bundle's view of
            // the class differs from the bundles' and getServiceReferences would filter them out
            return context.getAllServiceReferences(service, filter) != null;
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(filter, e);
        }
    }
}
