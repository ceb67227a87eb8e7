package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.InvalidSyntaxException;

/**
 * A third-party bundle (examples/extension: the Poisson deviance loss) added to the running
 * platform by dropping its jar into the load folder: its loss is listed and usable in a
 * pipeline; removing the jar uninstalls it, and a pipeline that names it then fails with one line.
 */
class ExtensionIT {

    private static final String LOSS = "org.conelab.api.loss.Loss";

    @TempDir
    Path load;
    @TempDir
    Path output;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Platform platform;
    private GogoSession session;

    @BeforeEach
    void start() throws InterruptedException {
        platform = Platform.start(TestDistribution.withLoadDirectory(load), Platform.Mode.BATCH,
                new LauncherLog(TestDistribution.printStream(err)));
        session = GogoSession.open(platform.context(), "run", Duration.ofSeconds(60), out, out);
    }

    @AfterEach
    void stop() {
        session.close();
        platform.close();
    }

    @Test
    void aDroppedBundleAddsItsLossAndRemovingItTakesItAway() throws Exception {
        Path jar = Path.of(System.getProperty("conelab.extension"));
        assertThat(jar).as("built by the reactor before the launcher").isRegularFile();
        Path partial = Files.copy(jar, load.resolve("poisson.jar.part"));
        Files.move(partial, load.resolve("poisson.jar"), StandardCopyOption.ATOMIC_MOVE);
        assertThat(TestDistribution.await(() -> lossRegistered("poisson"))).as("poisson loss registered").isTrue();

        assertThat(session.execute("list", List.of()).toString()).contains("poisson");
        Object summary = session.execute("run", List.of(System.getProperty("conelab.examples") + "/paper-tridiagonal.properties",
                "loss=poisson", "output=" + output));
        assertThat(summary.toString()).contains("loss     poisson").contains("6 holds, 0 fails");
        assertThat(runFolders()).hasSize(1);

        Files.delete(load.resolve("poisson.jar"));
        assertThat(TestDistribution.await(() -> !lossRegistered("poisson"))).as("poisson loss gone").isTrue();
        assertThatThrownBy(() -> session.execute("run", List.of(System.getProperty("conelab.examples")
                + "/paper-tridiagonal.properties", "loss=poisson", "output=" + output)))
                .hasMessageContaining("loss: no loss with id 'poisson'");
        assertThat(runFolders()).hasSize(1);
    }

    private List<Path> runFolders() throws IOException {
        try (Stream<Path> files = Files.list(output)) {
            return files.toList();
        }
    }

    private boolean lossRegistered(String id) {
        try {
            return platform.context().getAllServiceReferences(LOSS, "(conelab.id=" + id + ")") != null;
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
