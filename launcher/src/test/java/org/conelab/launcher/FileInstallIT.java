package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/** FileInstall installs and starts the bundles of the load folder, with the launcher's settings. */
class FileInstallIT {

    @TempDir
    Path root;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void startsABundleDroppedIntoTheLoadFolderWhileRunning() throws IOException, InterruptedException {
        Path load = Files.createDirectories(root.resolve("load"));
        Path staging = Files.createDirectories(root.resolve("staging"));

        try (Platform platform = start(load)) {
            Path written = TestDistribution.writeBundle(staging.resolve("dropped.jar.tmp"), "org.example.dropped", Map.of());
            // written under a temporary name elsewhere, then renamed in: never seen half-written
            Files.move(written, load.resolve("dropped.jar"), StandardCopyOption.ATOMIC_MOVE);

            assertThat(TestDistribution.await(() -> active(platform, "org.example.dropped"))).isTrue();
        }
        assertThat(TestDistribution.text(err)).isEmpty();
    }

    @Test
    void batchModeWaitsForTheBundlesAlreadyInTheLoadFolder() throws IOException, InterruptedException {
        Path load = Files.createDirectories(root.resolve("load"));
        TestDistribution.writeBundle(load.resolve("early.jar"), "org.example.early", Map.of());

        try (Platform platform = start(load)) {
            LoadFolder.awaitActive(platform.context(), load, TestDistribution.WAIT, new LauncherLog(TestDistribution.printStream(err)));

            assertThat(active(platform, "org.example.early")).isTrue();
        }
        assertThat(TestDistribution.text(err)).isEmpty();
    }

    @Test
    void reportsALoadFolderBundleThatDoesNotStart() throws IOException, InterruptedException {
        Path load = Files.createDirectories(root.resolve("load"));
        TestDistribution.writeBundle(load.resolve("stuck.jar"), "org.example.stuck", Map.of("Import-Package", "org.example.nowhere"));

        try (Platform platform = start(load)) {
            LoadFolder.awaitActive(platform.context(), load, Duration.ofSeconds(2), new LauncherLog(TestDistribution.printStream(err)));
        }
        assertThat(TestDistribution.text(err).lines().filter(l -> l.contains("stuck.jar")))
                .singleElement().asString().startsWith("conelab: stuck.jar from the load folder is ");
    }

    private Platform start(Path load) {
        return Platform.start(TestDistribution.withLoadDirectory(load), Platform.Mode.BATCH,
                new LauncherLog(TestDistribution.printStream(err)));
    }

    private static boolean active(Platform platform, String symbolicName) {
        Optional<Bundle> bundle = Stream.of(platform.context().getBundles())
                .filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst();
        return bundle.isPresent() && bundle.get().getState() == Bundle.ACTIVE;
    }
}
