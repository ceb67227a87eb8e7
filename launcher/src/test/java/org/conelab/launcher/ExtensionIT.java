package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third-party bundle (examples/extension: the Poisson deviance loss) added to the running
 * platform by dropping its jar into the load folder: its loss is listed and usable in a
 * pipeline; removing the jar uninstalls it, and a pipeline that names it then fails with one line.
 */
class ExtensionIT {

    private static final String LOSS = "org.conelab.api.loss.Loss";

    @RegisterExtension
    final RunningPlatform platform = RunningPlatform.perTest();
    @TempDir
    Path output;

    @Test
    void aDroppedBundleAddsItsLossAndRemovingItTakesItAway() throws Exception {
        Path jar = Path.of(System.getProperty("conelab.extension"));
        assertThat(jar).as("built by the reactor before the launcher").isRegularFile();
        TestDistribution.drop(jar, platform.load(), "poisson.jar");
        assertThat(TestDistribution.await(() -> platform.registered(LOSS, "poisson"))).as("poisson loss registered").isTrue();

        assertThat(platform.command("list", List.of()).toString()).contains("poisson");
        Object summary = platform.command("run", List.of(System.getProperty("conelab.examples") + "/paper-tridiagonal.properties",
                "loss=poisson", "output=" + output));
        assertThat(summary.toString()).contains("loss     poisson").contains(" holds, 0 fails").doesNotContain("not measurable");
        assertThat(runFolders()).hasSize(1);

        Files.delete(platform.load().resolve("poisson.jar"));
        assertThat(TestDistribution.await(() -> !platform.registered(LOSS, "poisson"))).as("poisson loss gone").isTrue();
        assertThatThrownBy(() -> platform.command("run", List.of(System.getProperty("conelab.examples")
                + "/paper-tridiagonal.properties", "loss=poisson", "output=" + output)))
                .hasMessageContaining("loss: no loss with id 'poisson'");
        assertThat(runFolders()).hasSize(1);
    }

    private List<Path> runFolders() throws IOException {
        try (Stream<Path> files = Files.list(output)) {
            return files.toList();
        }
    }
}
