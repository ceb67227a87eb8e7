package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A faulty extension in the real framework: a third-party analyzer bundle that never returns
 * ({@link StuckAnalyzerBundle}) is dropped into {@code load/}; a run naming it with the light
 * cone analyzer and {@code stage.timeout=1} completes, the light cone reports as usual, and the
 * stuck analyzer's stage is recorded as failed, naming it; the platform goes on.
 */
class FaultyAnalyzerIT {

    static final String ANALYZER = "org.conelab.api.analysis.Analyzer";

    @RegisterExtension
    final RunningPlatform platform = RunningPlatform.perTest();
    @TempDir
    Path output;
    @TempDir
    Path work;

    @Test
    void anAnalyzerThatNeverReturnsFailsItsStageAndTheOthersStillReport() throws Exception {
        Path jar = StuckAnalyzerBundle.BUNDLE.write(work, work.resolve("stuck.jar"));
        TestDistribution.drop(jar, platform.load(), "stuck.jar");
        assertThat(TestDistribution.await(() -> platform.registered(ANALYZER, StuckAnalyzerBundle.ID))).as("stuck registered").isTrue();

        long start = System.nanoTime();
        Path run = platform.runInto(output, List.of(example(), "analyzers=stuck, lightcone", "stage.timeout=1", "steps=5"));

        assertThat((System.nanoTime() - start) / 1e9).as("seconds: the stage limit, not the analyzer, ended it").isLessThan(30);
        List<String> findings = Files.readAllLines(run.resolve("findings.csv"));
        assertThat(findings).anyMatch(l -> l.startsWith("stuck,stage_failed,,,,,not measurable,derived,analyzer 'stuck' did not return"
                + " from analyze within 1.00 s (stage.timeout); the stage was interrupted"));
        assertThat(findings).anyMatch(l -> l.startsWith("lightcone,") && l.contains(",holds,"));
        assertThat(Files.readString(run.resolve("summary.txt"))).contains("analyzer 'stuck' did not return from analyze");
        assertThat(platform.runInto(output, List.of(example(), "steps=5"))).isDirectory();
    }

    private static String example() {
        return TestDistribution.example("paper-tridiagonal.properties");
    }
}
