package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * The framework cache kept between launches ({@link Storage}): a second launch finds the
 * feature's bundles in it instead of installing them and starts the same platform; anything that
 * changes the installed bundles — a bundle stopped from the shell, a jar rebuilt — makes the next
 * launch clean it and install afresh; a launch while another holds the cache gets a temporary one.
 * Each test works on its own copy of the built distribution.
 */
class KeptStorageIT {

    @TempDir
    Path home;
    @TempDir
    Path kept;

    private Distribution distribution;

    @BeforeEach
    void copyTheDistribution() throws IOException {
        Distribution built = Distribution.at(TestDistribution.home());
        Files.createDirectories(home.resolve("bundles"));
        Files.createDirectories(home.resolve("features"));
        try (Stream<Path> jars = Files.list(built.bundles())) {
            for (Path jar : jars.toList()) {
                Files.copy(jar, home.resolve("bundles").resolve(jar.getFileName()));
            }
        }
        Files.copy(built.feature(), home.resolve("features").resolve(Distribution.FEATURE_FILE));
        Files.copy(built.launcherJar(), home.resolve(Distribution.LAUNCHER_JAR));
        distribution = Distribution.at(home);
    }

    @Test
    void aSecondLaunchReusesTheCacheAndStartsTheSameBundles() throws Exception {
        Map<String, Long> firstInstalls;
        Map<String, Integer> firstStates;
        try (Platform first = start()) {
            assertThat(first.reusedStorage()).isFalse();
            firstInstalls = installTimes(first);
            firstStates = states(first);
        }
        try (Platform second = start()) {
            assertThat(second.reusedStorage()).isTrue();
            assertThat(installTimes(second)).as("no bundle installed again").isEqualTo(firstInstalls);
            assertThat(states(second)).isEqualTo(firstStates);
            assertThat(states(second)).containsEntry("org.conelab.pipeline", Bundle.ACTIVE);
            assertThat(states(second).get("org.apache.felix.gogo.jline")).as("shell-only: not started in batch mode")
                    .isNotEqualTo(Bundle.ACTIVE);
        }
    }

    @Test
    void aBundleStoppedInTheRunningPlatformMakesTheNextLaunchInstallAfresh() throws Exception {
        try (Platform first = start()) {
            bundle(first, "org.conelab.solver.dense").stop();
        }
        try (Platform second = start()) {
            assertThat(second.reusedStorage()).isFalse();
            assertThat(bundle(second, "org.conelab.solver.dense").getState()).isEqualTo(Bundle.ACTIVE);
        }
        try (Platform third = start()) {
            assertThat(third.reusedStorage()).isTrue();
        }
    }

    @Test
    void theShellsExitStoppingTheFrameworkKeepsTheCache() throws Exception {
        try (Platform first = start()) {
            first.context().getBundle(0).stop();
            first.awaitStop();
        }
        try (Platform second = start()) {
            assertThat(second.reusedStorage()).isTrue();
        }
    }

    @Test
    void aRebuiltJarMakesTheNextLaunchInstallAfresh() throws Exception {
        start().close();
        Path jar;
        try (Stream<Path> jars = Files.list(home.resolve("bundles"))) {
            jar = jars.filter(j -> j.getFileName().toString().startsWith("org.conelab.loss.mse")).findFirst().orElseThrow();
        }
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        try (Platform second = start()) {
            assertThat(second.reusedStorage()).isFalse();
        }
    }

    @Test
    void aLaunchWhileAnotherHoldsTheCacheGetsATemporaryOneAndLeavesTheKeptOneIntact() throws Exception {
        start().close();
        try (Platform holder = start()) {
            assertThat(holder.reusedStorage()).isTrue();
            try (Platform concurrent = start()) {
                assertThat(concurrent.reusedStorage()).isFalse();
                assertThat(states(concurrent)).containsEntry("org.conelab.pipeline", Bundle.ACTIVE);
            }
        }
        try (Platform after = start()) {
            assertThat(after.reusedStorage()).isTrue();
        }
    }

    @Test
    void aFeatureNamingAMissingJarIsOneLaunchErrorAndTheKeptCacheIsReleased() throws Exception {
        start().close();
        Path feature = home.resolve("features").resolve(Distribution.FEATURE_FILE);
        Files.writeString(feature, Files.readString(feature).replaceFirst("\"bundles\"\\s*:\\s*\\[",
                "\"bundles\": [ { \"id\": \"org.example:nowhere:1.0\", \"start-order\": 12 },"));
        assertThatThrownBy(() -> Platform.start(distribution, Platform.Mode.BATCH, new LauncherLog(System.err), kept))
                .isInstanceOf(LaunchException.class).hasMessageContaining("nowhere");
        try (Storage after = Storage.open(kept, distribution.files())) {
            assertThat(after.folder()).as("the lock was released").isEqualTo(kept.resolve(Storage.CACHE_FOLDER));
            assertThat(after.reused()).as("another feature file").isFalse();
        }
    }

    private Platform start() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Platform platform = Platform.start(distribution, Platform.Mode.BATCH, new LauncherLog(TestDistribution.printStream(err)), kept);
        assertThat(TestDistribution.text(err)).as("launch reports").isEmpty();
        return platform;
    }

    private static Map<String, Long> installTimes(Platform platform) {
        Map<String, Long> times = new TreeMap<>();
        for (Bundle bundle : platform.context().getBundles()) {
            times.put(bundle.getSymbolicName() + " " + bundle.getBundleId(), bundle.getLastModified());
        }
        return times;
    }

    private static Map<String, Integer> states(Platform platform) {
        Map<String, Integer> states = new TreeMap<>();
        for (Bundle bundle : platform.context().getBundles()) {
            states.put(bundle.getSymbolicName(), bundle.getState());
        }
        return states;
    }

    private static Bundle bundle(Platform platform, String symbolicName) throws BundleException {
        return Stream.of(platform.context().getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new BundleException(symbolicName + " is not installed"));
    }
}
