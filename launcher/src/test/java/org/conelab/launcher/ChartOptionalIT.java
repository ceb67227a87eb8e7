package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * The chart bundle is optional: stopped, {@code conelab:list} and {@code conelab:run} still
 * answer, and a run writes its tables and findings, no PNG, and says that charts are
 * unavailable; started again, runs draw their charts again.
 */
class ChartOptionalIT {

    private static final String CHART_BUNDLE = "org.conelab.chart";
    private static final String RENDERER = "org.conelab.api.chart.ChartRenderer";

    @TempDir
    Path load;
    @TempDir
    Path output;

    private RunningPlatform platform;

    @BeforeEach
    void start() throws InterruptedException {
        platform = new RunningPlatform(load);
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void withoutTheChartBundleListAndRunWorkAndRunsSayChartsAreUnavailable() throws Exception {
        Bundle chart = Arrays.stream(platform.context().getBundles()).filter(b -> CHART_BUNDLE.equals(b.getSymbolicName()))
                .findFirst().orElseThrow();
        chart.stop();

        assertThat(platform.command("list", List.of()).toString()).contains("lightcone", "banded-scalar");
        String summary = platform.command("run", List.of(example(), "output=" + output)).toString();
        assertThat(summary).contains("11 holds, 0 fails").contains("warning: charts unavailable");
        Path run = onlyFolder();
        assertThat(files(run)).contains("findings.csv", "lightcone-front.csv", "summary.txt", "report.html")
                .noneMatch(f -> f.endsWith(".png"));

        chart.start();
        assertThat(TestDistribution.await(this::rendererRegistered)).as("a chart renderer registered again").isTrue();
        Files.walk(run).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        String again = platform.command("run", List.of(example(), "output=" + output)).toString();
        assertThat(again).doesNotContain("charts unavailable");
        assertThat(files(onlyFolder())).contains("lightcone-cone.png");
    }

    private boolean rendererRegistered() {
        try {
            // getAll…: the test classpath holds the API jar too (see PlatformIT)
            return platform.context().getAllServiceReferences(RENDERER, null) != null;
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String example() {
        return System.getProperty("conelab.examples") + "/paper-tridiagonal.properties";
    }

    private Path onlyFolder() throws IOException {
        try (Stream<Path> folders = Files.list(output)) {
            List<Path> all = folders.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
