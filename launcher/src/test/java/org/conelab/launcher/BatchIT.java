package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch mode end to end, in this JVM: {@code conelab run} on the paper's tri-diagonal example
 * writes one complete run folder whose findings confirm the light cone; bad input fails with
 * one line and writes nothing.
 */
class BatchIT {

    @TempDir
    Path output;
    @TempDir
    Path load;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void runsThePaperExampleIntoOneCompleteRunFolder() throws IOException {
        int status = run("run", example(), "output=" + output);

        assertThat(status).as("stderr: %s", TestDistribution.text(err)).isZero();
        List<Path> runs = runFolders();
        assertThat(runs).hasSize(1);
        Path run = runs.get(0);
        assertThat(run.resolve("findings.csv")).isRegularFile();
        assertThat(run.resolve("summary.txt")).isRegularFile();
        assertThat(run.resolve("pipeline.properties")).isRegularFile();
        assertThat(run.resolve("inputs.csv")).isRegularFile();
        assertThat(run.resolve("kernel.mtx")).isRegularFile();
        assertThat(Files.readString(run.resolve("provenance.properties"))).as("the bundles that computed the run, in the framework")
                .contains("bundle.engine = org.conelab.pipeline ", "provider.kernel = tridiagonal org.conelab.kernel.tridiagonal ",
                        "provider.loss = is org.conelab.loss.is ", "provider.analyzer.lightcone = lightcone org.conelab.analyzer.lightcone ");
        assertThat(run.resolve("lightcone-front.csv")).isRegularFile();
        assertThat(run.resolve("lightcone-cone.png")).isRegularFile();

        List<Map<String, String>> findings = FindingsCsv.read(run.resolve("findings.csv"));
        Map<String, String> speed = FindingsCsv.finding(findings, "lightcone", "front_speed").orElseThrow();
        assertThat(Double.parseDouble(speed.get("measured"))).isEqualTo(1.0);
        assertThat(speed.get("verdict")).isEqualTo("holds");
        Map<String, String> outside = FindingsCsv.finding(findings, "lightcone", "outside_cone_nonzero").orElseThrow();
        assertThat(Double.parseDouble(outside.get("measured"))).isZero();
        assertThat(TestDistribution.text(out)).contains("front_speed");
    }

    @Test
    void badInputFailsWithOneLineNamingTheKeyAndWritesNothing() throws IOException {
        int status = run("run", example(), "output=" + output, "n=0");

        assertThat(status).isNotZero();
        List<String> lines = TestDistribution.text(err).lines().toList();
        assertThat(lines).singleElement().asString().startsWith("conelab: ").containsPattern("\\bn\\b");
        assertThat(runFolders()).isEmpty();
    }

    @Test
    void listsTheProviders() {
        int status = run("list");

        assertThat(status).as("stderr: %s", TestDistribution.text(err)).isZero();
        assertThat(TestDistribution.text(out)).contains("is", "mse", "tridiagonal", "dense", "lightcone");
        assertThat(TestDistribution.text(out).lines().filter(line -> line.startsWith("targets ")).map(line -> line.split("\\s+")[1]))
                .as("the built-in target generators, registered as services").contains("lognormal", "periodogram", "csv");
    }

    private int run(String... args) {
        return TestDistribution.batch(load, args, out, err);
    }

    private static String example() {
        return TestDistribution.example("paper-tridiagonal.properties");
    }

    private List<Path> runFolders() throws IOException {
        try (Stream<Path> entries = Files.list(output)) {
            return entries.filter(Files::isDirectory).toList();
        }
    }

}
