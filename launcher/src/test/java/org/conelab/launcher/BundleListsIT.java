package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime's bundle list is kept in three places — the feature (features/conelab.json, what
 * the launcher starts), the launcher pom's dependencies (what the build copies into
 * dist/bundles) and the reactor's bundle modules (bundles/pom.xml) — and this test holds them to
 * each other on the distribution the build just assembled: the feature names exactly the jars
 * in dist/bundles, and every bundle module of the reactor is one of them.
 */
class BundleListsIT {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    @Test
    void theFeatureNamesExactlyTheJarsTheBuildCopied() throws IOException {
        Distribution dist = Distribution.at(TestDistribution.home());
        Set<Path> named = FeatureBundles.read(dist.feature(), dist.bundles()).stream().map(BundleEntry::jar)
                .map(Path::getFileName).collect(Collectors.toSet());
        Set<Path> copied;
        try (Stream<Path> jars = Files.list(dist.bundles())) {
            copied = jars.map(Path::getFileName).collect(Collectors.toSet());
        }
        assertThat(copied).as("dist/bundles against the feature's bundles").containsExactlyInAnyOrderElementsOf(named);
    }

    @Test
    void everyBundleModuleOfTheReactorShipsInTheFeature() throws IOException {
        Distribution dist = Distribution.at(TestDistribution.home());
        String feature = Files.readString(dist.feature());
        Path reactor = Path.of(System.getProperty("conelab.examples")).getParent().resolve("bundles/pom.xml");
        Matcher module = MODULE.matcher(Files.readString(reactor));
        List<String> missing = new java.util.ArrayList<>();
        int modules = 0;
        while (module.find()) {
            modules++;
            if (!feature.contains("\"org.conelab:" + module.group(1) + ":")) {
                missing.add(module.group(1));
            }
        }
        assertThat(modules).as("modules of %s", reactor).isPositive();
        assertThat(missing).as("bundle modules the feature does not start").isEmpty();
    }
}
