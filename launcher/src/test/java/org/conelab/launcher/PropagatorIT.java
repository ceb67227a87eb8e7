package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code examples/propagator.properties} through the running platform: the propagator analyzer
 * is served by the real solvers (the banded one for the chain, the iterative one for the grids,
 * which the pipeline's banded solver does not support), writes its charts and tables, and
 * reports the verdicts the README states.
 */
class PropagatorIT {

    @TempDir
    Path load;
    @TempDir
    Path output;

    @Test
    void theExampleReportsTheFieldTheorysVerdicts() throws Exception {
        Path run;
        try (RunningPlatform platform = new RunningPlatform(load)) {
            assertThat(TestDistribution.await(() -> platform.registered("org.conelab.api.analysis.Analyzer", "propagator"))).isTrue();
            assertThat(TestDistribution.await(() -> platform.registered("org.conelab.api.graph.GraphBuilder", "grid3d"))).isTrue();
            platform.command("run", List.of(Path.of(System.getProperty("conelab.examples"), "propagator.properties").toString(),
                    "output=" + output));
            try (Stream<Path> entries = Files.list(output)) {
                List<Path> runs = entries.filter(Files::isDirectory).toList();
                assertThat(runs).hasSize(1);
                run = runs.get(0);
            }
        }
        List<Map<String, String>> findings = FindingsCsv.read(run.resolve("findings.csv"));
        for (String holds : List.of("eq6_max_relerr_1d", "eq6_order_1d", "eq6_length_1d", "eq4_mass_1d", "closed_form_order_2d",
                "closed_form_order_3d", "eq4_mass_2d", "eq4_mass_3d", "length_slope_y0_1d", "length_slope_lambda_1d", "eq12_massless_1d",
                "action_residual", "action_gradient_fd", "eq4_linear_response", "eq4_response_length")) {
            assertThat(verdict(findings, holds)).as(holds).isEqualTo("holds");
        }
        for (String fails : List.of("eq7_exponent_1d", "eq7_lambda_limit_1d", "sec7_exponent_1d")) {
            assertThat(verdict(findings, fails)).as(fails).isEqualTo("fails");
        }
        assertThat(Double.parseDouble(field(findings, "eq6_order_1d", "measured"))).isBetween(1.9, 2.1);
        assertThat(Double.parseDouble(field(findings, "eq7_exponent_1d", "measured"))).isBetween(-1.05, -0.95);
        assertThat(Double.parseDouble(field(findings, "sec7_exponent_3d", "measured"))).isBetween(0.9, 1.1);
        assertThat(field(findings, "closed_form_order_3d", "method")).contains("iterative (the pipeline's banded");
        assertThat(field(findings, "eq6_order_1d", "method")).contains("banded (the pipeline's solver)");
        for (String file : List.of("propagator-convergence.png", "propagator-profile-1d.png", "propagator-limits-y0-3d.png",
                "propagator-action-phi.png", "propagator-newton.png", "propagator-convergence.csv", "propagator-limits.csv",
                "propagator-newton.csv", "propagator-response.csv")) {
            assertThat(run.resolve(file)).as(file).isRegularFile();
        }
    }

    private static String verdict(List<Map<String, String>> findings, String name) {
        return field(findings, name, "verdict");
    }

    private static String field(List<Map<String, String>> findings, String name, String column) {
        return FindingsCsv.finding(findings, "propagator", name).orElseThrow(() -> new AssertionError("no finding " + name)).get(column);
    }
}
