package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * Boots the built distribution in batch mode, in this JVM, with the launcher's own classes:
 * every bundle of the feature is installed and all but the shell-only ones are active, its
 * storage is private, and AWT is headless. What the bundles register is tested inside the
 * framework, by the services' clients: osgi-tests (ProvidersTest).
 */
class PlatformIT {

    @TempDir
    Path load;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Platform platform;

    @BeforeEach
    void start() {
        platform = Platform.start(TestDistribution.withLoadDirectory(load), Platform.Mode.BATCH,
                new LauncherLog(TestDistribution.printStream(err)));
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void installsEveryFeatureBundleAndStartsAllButTheShellOnlyOnes() {
        Map<String, Bundle> byLocation = new HashMap<>();
        for (Bundle bundle : platform.context().getBundles()) {
            byLocation.put(bundle.getLocation(), bundle);
        }
        List<BundleEntry> entries = platform.entries();

        assertThat(entries).hasSizeGreaterThanOrEqualTo(20).anyMatch(BundleEntry::shellOnly);
        for (BundleEntry entry : entries) {
            Bundle bundle = byLocation.get(entry.jar().toUri().toString());
            assertThat(bundle).as("bundle of %s", entry.id()).isNotNull();
            if (entry.shellOnly()) {
                assertThat(bundle.getState()).as("shell-only %s", entry.id()).isNotEqualTo(Bundle.ACTIVE);
            } else {
                assertThat(LoadFolder.stateName(bundle.getState())).as("%s", entry.id()).isEqualTo("ACTIVE");
            }
        }
        assertThat(platform.context().getBundles()).hasSize(entries.size() + 1);
        assertThat(TestDistribution.text(err)).isEmpty();
    }

    @Test
    void startsTheShellOnlyBundlesLast() {
        List<BundleEntry> entries = platform.entries();
        int firstShellOnly = entries.indexOf(entries.stream().filter(BundleEntry::shellOnly).findFirst().orElseThrow());

        assertThat(entries.subList(firstShellOnly, entries.size())).allMatch(BundleEntry::shellOnly);
    }

    @Test
    void keepsItsStorageInAFreshFolderThatCloseDeletes() {
        Path storage = Path.of(platform.context().getProperty("org.osgi.framework.storage"));
        assertThat(storage).isDirectory().isNotEqualTo(Path.of("felix-cache").toAbsolutePath());

        platform.close();

        assertThat(Files.exists(storage)).isFalse();
        assertThat(Path.of("felix-cache")).doesNotExist();
    }

    @Test
    void runsAwtHeadless() {
        assertThat(java.awt.GraphicsEnvironment.isHeadless()).isTrue();
    }
}
