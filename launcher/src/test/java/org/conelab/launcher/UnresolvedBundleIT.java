package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.InvalidSyntaxException;

/**
 * A feature bundle that cannot resolve (as a SIMD bundle without {@code --add-modules}) is
 * reported in one line and the rest of the platform starts.
 */
class UnresolvedBundleIT {

    static final String BROKEN = "org.example.broken";

    @TempDir
    Path home;

    @Test
    void reportsOneLineAndStartsTheRest() throws IOException, InterruptedException {
        Distribution distribution = distributionWithABrokenBundle();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        try (Platform platform = Platform.start(distribution, Platform.Mode.BATCH,
                new LauncherLog(TestDistribution.printStream(err)))) {
            Bundle broken = bundle(platform, BROKEN);
            assertThat(broken.getState()).isEqualTo(Bundle.INSTALLED);
            assertThat(bundle(platform, "org.conelab.pipeline").getState()).isEqualTo(Bundle.ACTIVE);
            assertThat(TestDistribution.await(() -> pipelineRunnerRegistered(platform))).isTrue();
        }

        String log = TestDistribution.text(err);
        assertThat(log.lines()).hasSize(1);
        assertThat(log).startsWith("conelab: " + BROKEN + " not started: ").contains("org.example.nowhere");
    }

    /** The built distribution's bundles and feature, plus a bundle importing a package nobody exports. */
    private Distribution distributionWithABrokenBundle() throws IOException {
        Distribution built = Distribution.at(TestDistribution.home());
        Path bundles = Files.createDirectories(home.resolve("bundles"));
        try (Stream<Path> jars = Files.list(built.bundles())) {
            for (Path jar : jars.toList()) {
                Files.copy(jar, bundles.resolve(jar.getFileName()));
            }
        }
        TestDistribution.writeBundle(bundles.resolve("broken-1.0.jar"), BROKEN,
                Map.of("Import-Package", "org.example.nowhere"));
        String feature = Files.readString(built.feature()).replaceFirst("\"bundles\"\\s*:\\s*\\[",
                "\"bundles\": [ { \"id\": \"org.example:broken:1.0\", \"start-order\": 12 },");
        Files.createDirectories(home.resolve("features"));
        Files.writeString(home.resolve("features").resolve(Distribution.FEATURE_FILE), feature);
        return Distribution.at(home);
    }

    private static boolean pipelineRunnerRegistered(Platform platform) {
        try {
            return platform.context().getAllServiceReferences("org.conelab.api.pipeline.PipelineRunner", null) != null;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Bundle bundle(Platform platform, String symbolicName) {
        return Stream.of(platform.context().getBundles())
                .filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
    }
}
