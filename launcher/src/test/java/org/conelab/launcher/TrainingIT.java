package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training analyzer on the running platform with the real solvers and losses:
 * {@code examples/conditioning.properties} (the paper's example with {@code training} beside the
 * light cone) measures the O(δ²) agreement of the nonlinear and linearised runs, the onset of
 * divergence at 2/λ_max, and the step sizes where Lemma 2's rate is wrong; the stability limit
 * is detected just above it and not just below.
 */
class TrainingIT {

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
    void theConditioningExampleMeasuresTrainingAgainstLemmaTwo() throws Exception {
        Path run = run();
        List<Map<String, String>> findings = FindingsCsv.read(run.resolve("findings.csv"));

        Map<String, String> order = finding(findings, "linearisation_order");
        assertThat(order.get("verdict")).isEqualTo("holds");
        assertThat(Double.parseDouble(order.get("measured"))).isBetween(1.9, 2.1);
        for (String loss : List.of("", ".mse")) {
            Map<String, String> threshold = finding(findings, "divergence_threshold" + loss);
            assertThat(threshold.get("verdict")).as(loss).isEqualTo("holds");
            assertThat(Double.parseDouble(threshold.get("measured"))).as(loss).isBetween(1.0, 1.01);
            assertThat(finding(findings, "stable" + loss).get("verdict")).isEqualTo("holds");
            assertThat(finding(findings, "decay_bound" + loss).get("verdict")).isEqualTo("holds");
            assertThat(finding(findings, "rate_bound_sweep" + loss).get("verdict")).isEqualTo("holds");
        }
        // MSE: S = K, λ_max/(λ_min + λ_max) = 0.9; Lemma 2's rate is measurably wrong on the sweep above it
        Map<String, String> lemma2 = finding(findings, "lemma2_rate_sweep.mse");
        assertThat(lemma2.get("verdict")).isEqualTo("fails");
        assertThat(Double.parseDouble(lemma2.get("measured"))).isGreaterThan(0.9).isLessThanOrEqualTo(1.0);
        assertThat(finding(findings, "linearisation_order.mse").get("verdict")).isEqualTo("not measurable");
        for (String file : List.of("training-trajectory.csv", "training-sweep.csv", "training-linearisation.csv", "training-error.png",
                "training-error-mse.png", "training-loss.png", "training-sweep.png", "training-sweep-mse.png", "training-sweep-error.png",
                "training-linearisation.png")) {
            assertThat(run.resolve(file)).isRegularFile();
        }
        assertThat(Files.readString(run.resolve("training-sweep.csv"))).doesNotContainIgnoringCase("nan");
    }

    @Test
    void divergenceIsDetectedAt101TimesTheLimitAndNotAt099() throws Exception {
        for (String fraction : List.of("1.01", "0.99")) {
            Path run = run("eta=" + fraction + " stable", "training.steps=2000", "training.sweep=off", "training.deltas=1e-3,1e-2");
            List<Map<String, String>> findings = FindingsCsv.read(run.resolve("findings.csv"));
            for (String loss : List.of("", ".mse")) {
                Map<String, String> stable = finding(findings, "stable" + loss);
                if (fraction.equals("1.01")) {
                    assertThat(stable.get("verdict")).as("%s%s", fraction, loss).isEqualTo("fails");
                    assertThat(stable.get("method")).contains("diverged at step");
                } else {
                    assertThat(stable.get("verdict")).as("%s%s", fraction, loss).isEqualTo("holds");
                }
            }
        }
    }

    private static Map<String, String> finding(List<Map<String, String>> findings, String name) {
        return FindingsCsv.finding(findings, "training", name).orElseThrow(() -> new AssertionError("no training finding " + name));
    }

    private Path run(String... overrides) throws Exception {
        Path folder = Files.createTempDirectory(output, "run");
        List<String> arguments = new ArrayList<>();
        arguments.add(Path.of(System.getProperty("conelab.examples"), "conditioning.properties").toString());
        arguments.addAll(List.of(overrides));
        arguments.add("output=" + folder);
        platform.command("run", arguments);
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> runs = entries.filter(Files::isDirectory).toList();
            assertThat(runs).hasSize(1);
            return runs.get(0);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
