package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.InvalidSyntaxException;

/**
 * The conelab commands through the Gogo command processor on the running platform:
 * {@code runs}, {@code show} and {@code use} (the session's runs with their verdict counts, a run
 * shown again by number or folder, a solver preferred for {@code auto} through Config Admin until
 * cleared), and {@code list} and {@code run} with the chart bundle stopped (the chart renderer is
 * optional: runs write their tables and findings, no PNG, and say that charts are unavailable;
 * started again, runs draw their charts again).
 */
class ShellCommandsIT {

    private static final String CHART_BUNDLE = "org.conelab.chart";
    private static final String RENDERER = "org.conelab.api.chart.ChartRenderer";

    @RegisterExtension
    final RunningPlatform platform = RunningPlatform.perTest();
    @TempDir
    Path output;

    @Test
    void runsListsTheSessionsRunsWithVerdictCountsAndShowGivesOneBackByNumber() throws Exception {
        String first = run();
        String second = run("solver=dense");

        List<String> runs = platform.command("runs", List.of()).toString().lines().toList();
        assertThat(runs).hasSize(3);
        assertThat(runs.get(0)).startsWith("#  verdicts");
        assertThat(runs.get(1)).matches("1  11 holds, 0 fails, \\d+ info +banded +" + Pattern.quote(folderOf(first)));
        assertThat(runs.get(2)).matches("2  11 holds, 0 fails, \\d+ info +dense +" + Pattern.quote(folderOf(second)));
        assertThat(platform.command("show", List.of("2")).toString()).isEqualTo(second);
        assertThat(platform.command("show", List.of(folderOf(first))).toString()).isEqualTo(first);
        assertThatThrownBy(() -> platform.command("show", List.of("3")))
                .hasMessage("3: no such run; this session's runs are 1 to 2 (conelab:runs)");
    }

    @Test
    void usePrefersASolverForAutoUntilItIsCleared() throws Exception {
        assertThat(run()).contains("  solver   banded (auto)\n");

        assertThat(platform.command("use", List.of("solver", "dense")).toString()).startsWith("solver = auto now prefers dense");
        assertThat(platform.command("use", List.of()).toString()).isEqualTo("solver = auto prefers dense\n");
        assertThat(run()).contains("  solver   dense (auto, preferred)\n");
        assertThat(run("solver=iterative")).contains("  solver   iterative\n");

        assertThatThrownBy(() -> platform.command("use", List.of("solver", "nope")))
                .hasMessage("nope: no solver with this id; available: auto, banded, banded-scalar, iterative, dense");
        assertThatThrownBy(() -> platform.command("use", List.of("kernel", "tridiagonal")))
                .hasMessage("kernel: auto is chosen only for solver");

        platform.command("use", List.of("solver", "auto"));
        assertThat(run()).contains("  solver   banded (auto)\n");
    }

    @Test
    void withoutTheChartBundleListAndRunWorkAndRunsSayChartsAreUnavailable() throws Exception {
        Bundle chart = platform.bundle(CHART_BUNDLE);
        chart.stop();

        assertThat(platform.command("list", List.of()).toString()).contains("lightcone", "banded-scalar");
        String summary = run();
        assertThat(summary).contains("11 holds, 0 fails").contains("warning: charts unavailable");
        assertThat(files(Path.of(folderOf(summary)))).contains("findings.csv", "lightcone-front.csv", "summary.txt", "report.html")
                .noneMatch(f -> f.endsWith(".png"));

        chart.start();
        assertThat(TestDistribution.await(this::rendererRegistered)).as("a chart renderer registered again").isTrue();
        String again = run();
        assertThat(again).doesNotContain("charts unavailable");
        assertThat(files(Path.of(folderOf(again)))).contains("lightcone-cone.png");
    }

    private boolean rendererRegistered() {
        try {
            // getAll…: the test classpath holds the API jar too (see RunningPlatform.registered)
            return platform.context().getAllServiceReferences(RENDERER, null) != null;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private String run(String... overrides) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(example(), "output=" + output));
        arguments.addAll(List.of(overrides));
        return platform.command("run", arguments).toString();
    }

    private static String folderOf(String summary) {
        return summary.lines().filter(l -> l.startsWith("output: ")).findFirst().orElseThrow().substring("output: ".length());
    }

    private static String example() {
        return System.getProperty("conelab.examples") + "/paper-tridiagonal.properties";
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
