package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureBundlesTest {

    @TempDir
    Path folder;

    @Test
    void sortsByStartOrderKeepingFileOrderForTiesAndMarksShellAndContextLoaderBundles() throws IOException {
        Path bundles = Files.createDirectories(folder.resolve("bundles"));
        for (String jar : List.of("late-1.0.jar", "a-2.0.jar", "b-1.0.0-SNAPSHOT.jar", "plain-3.jar")) {
            Files.writeString(bundles.resolve(jar), "");
        }
        Path feature = feature("""
                { "id": "g:late:1.0", "start-order": 30, "conelab.mode": "shell" },
                { "id": "g:a:2.0", "start-order": 5 },
                { "id": "g:plain:3" },
                { "id": "g:b:1.0.0-SNAPSHOT", "start-order": 5, "conelab.context-loader": "bundle" }
                """);

        List<BundleEntry> entries = FeatureBundles.read(feature, bundles);

        assertThat(entries).extracting(BundleEntry::id)
                .containsExactly("g:a:2.0", "g:b:1.0.0-SNAPSHOT", "g:late:1.0", "g:plain:3");
        assertThat(entries).extracting(BundleEntry::startOrder).containsExactly(5, 5, 30, FeatureBundles.DEFAULT_START_ORDER);
        assertThat(entries).extracting(BundleEntry::shellOnly).containsExactly(false, false, true, false);
        assertThat(entries).extracting(BundleEntry::ownContextLoader).containsExactly(false, true, false, false);
        assertThat(entries.get(1).jar()).isEqualTo(bundles.resolve("b-1.0.0-SNAPSHOT.jar"));
    }

    @Test
    void namesTheMissingJar() throws IOException {
        Path bundles = Files.createDirectories(folder.resolve("bundles"));
        Path feature = feature("""
                { "id": "org.example:gone:1.2.3", "start-order": 1 }
                """);

        assertThatThrownBy(() -> FeatureBundles.read(feature, bundles))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("org.example:gone:1.2.3")
                .hasMessageContaining("gone-1.2.3.jar")
                .message().doesNotContain("\n");
    }

    @Test
    void rejectsAFeatureThatIsNotJson() throws IOException {
        Path feature = Files.writeString(folder.resolve("broken.json"), "{ not json");

        assertThatThrownBy(() -> FeatureBundles.read(feature, folder))
                .isInstanceOf(LaunchException.class)
                .hasMessageStartingWith("cannot read the feature " + feature);
    }

    private Path feature(String bundles) throws IOException {
        return Files.writeString(folder.resolve("feature.json"), """
                {
                  "feature-resource-version": "1.0",
                  "id": "g:test:1.0",
                  "bundles": [ %s ]
                }
                """.formatted(bundles));
    }
}
