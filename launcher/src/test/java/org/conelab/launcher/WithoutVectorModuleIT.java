package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution started as a user would, in a JVM of its own, but without
 * {@code --add-modules jdk.incubator.vector}: the SIMD solver bundle stays unresolved (one line on
 * standard error), the platform runs on, and {@code solver = auto} takes {@code banded-scalar}.
 */
class WithoutVectorModuleIT {

    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path output;
    @TempDir
    Path load;

    @Test
    void theSimdBundleStaysUnresolvedAndAutoFallsBackToTheScalarSolver() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = output.resolveSibling(output.getFileName() + ".log");
        Process process = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true",
                "-D" + Distribution.HOME_PROPERTY + "=" + TestDistribution.home(),
                "-D" + Distribution.LOAD_PROPERTY + "=" + load,
                "-jar", TestDistribution.home().resolve("conelab-launcher.jar").toString(),
                "run", System.getProperty("conelab.examples") + "/paper-tridiagonal.properties", "output=" + output)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("finished").isTrue();
        String text = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(text).isZero();
        assertThat(text.lines().filter(l -> l.contains("org.conelab.solver.banded ") && l.contains("jdk.incubator.vector")))
                .as(text).hasSize(1);
        List<Path> runs;
        try (Stream<Path> files = Files.list(output)) {
            runs = files.toList();
        }
        assertThat(runs).hasSize(1);
        assertThat(Files.readAllLines(runs.get(0).resolve("pipeline.properties"))).contains("solver = banded-scalar");
    }
}
