package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * Hot swap of the solver while the platform runs: with the SIMD {@code banded} bundle active,
 * {@code solver = auto} takes it; stopped, the next run takes {@code banded-scalar} and finds
 * the same; started again, it is taken again. Runs go through the Gogo command, as a user's do.
 */
class SolverSwapIT {

    private static final String SIMD_BUNDLE = "org.conelab.solver.banded";
    private static final String SOLVER = "org.conelab.api.solver.Solver";
    /** Findings of two solvers agree to this absolute difference (they are exact or near 1e-15). */
    private static final double AGREEMENT = 1e-12;

    @RegisterExtension
    final RunningPlatform platform = RunningPlatform.perTest();
    @TempDir
    Path output;

    @Test
    void stoppingTheSimdSolverFallsBackToScalarWithTheSameFindingsAndStartingItTakesItBack() throws Exception {
        Bundle simd = platform.bundle(SIMD_BUNDLE);
        assertThat(simd.getState()).as("the SIMD bundle resolves with --add-modules").isEqualTo(Bundle.ACTIVE);

        Path first = run();
        assertThat(solverOf(first)).isEqualTo("banded");

        simd.stop();
        Path second = run();
        assertThat(solverOf(second)).isEqualTo("banded-scalar");
        assertSameFindings(first, second);

        simd.start();
        assertThat(TestDistribution.await(() -> platform.registered(SOLVER, "banded"))).isTrue();
        Path third = run();
        assertThat(solverOf(third)).isEqualTo("banded");
        assertSameFindings(first, third);
    }

    private Path run() throws Exception {
        return platform.runInto(output, List.of(System.getProperty("conelab.examples") + "/paper-tridiagonal.properties"));
    }

    private static String solverOf(Path run) throws IOException {
        return ResolvedPipeline.value(run, "solver");
    }

    private static void assertSameFindings(Path a, Path b) throws IOException {
        List<String> left = Files.readAllLines(a.resolve("findings.csv"));
        List<String> right = Files.readAllLines(b.resolve("findings.csv"));
        assertThat(right).hasSameSizeAs(left);
        for (int r = 0; r < left.size(); r++) {
            String[] x = left.get(r).split(",", -1);
            String[] y = right.get(r).split(",", -1);
            assertThat(Arrays.asList(y).subList(0, 2)).isEqualTo(Arrays.asList(x).subList(0, 2));
            assertThat(y[5]).as("verdict of %s", x[1]).isEqualTo(x[5]);
            if (r > 0 && !x[2].isEmpty()) {
                assertThat(Double.parseDouble(y[2])).as("%s", x[1]).isCloseTo(Double.parseDouble(x[2]),
                        org.assertj.core.data.Offset.offset(AGREEMENT));
            }
        }
    }
}
