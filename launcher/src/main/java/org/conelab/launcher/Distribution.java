package org.conelab.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folders of an assembled distribution ({@code launcher/target/dist}):
 * {@code bundles/} (one {@code <artifactId>-<version>.jar} per feature bundle),
 * {@code features/conelab.json}, {@code etc/gosh_profile}, and {@code load/}, which FileInstall
 * watches.
 *
 * @param home the distribution's root folder
 * @param loadDirectory the folder FileInstall watches; {@code home/load} unless overridden
 */
record Distribution(Path home, Path loadDirectory) {

    /** System property naming the distribution folder; default: the launcher jar's folder. */
    static final String HOME_PROPERTY = "conelab.dist";
    /** System property naming the folder FileInstall watches (the {@code conelab} script sets the checkout's {@code load/}); default: {@code <dist>/load}. */
    static final String LOAD_PROPERTY = "conelab.load";
    /** The feature that lists the runtime's bundles. */
    static final String FEATURE_FILE = "conelab.json";
    /** The launcher jar's file name in the distribution's root folder. */
    static final String LAUNCHER_JAR = "conelab-launcher.jar";

    /** The distribution that holds the launcher jar, or the one the system properties name. */
    static Distribution locate() {
        String home = System.getProperty(HOME_PROPERTY);
        Path homePath = home != null ? Path.of(home) : launcherJarFolder();
        String load = System.getProperty(LOAD_PROPERTY);
        return new Distribution(homePath, load != null ? Path.of(load) : homePath.resolve("load"));
    }

    /** The distribution at {@code home} with its default {@code load/} folder. */
    static Distribution at(Path home) {
        return new Distribution(home, home.resolve("load"));
    }

    /** The same distribution with FileInstall watching {@code folder} instead. */
    Distribution withLoadDirectory(Path folder) {
        return new Distribution(home, folder);
    }

    /** The launcher jar of this distribution ({@code conelab-launcher.jar}). */
    Path launcherJar() {
        return home.resolve(LAUNCHER_JAR);
    }

    /**
     * The files a launch depends on: the launcher jar, the feature and every jar in
     * {@code bundles/} (by name), for {@link Storage}'s fingerprint. A file that is missing is
     * left out; the launch reports it when it needs it.
     */
    List<Path> files() {
        List<Path> files = new ArrayList<>(List.of(launcherJar(), feature()));
        try (Stream<Path> jars = Files.list(bundles())) {
            jars.filter(j -> j.getFileName().toString().endsWith(".jar")).sorted().forEach(files::add);
        } catch (IOException e) {
            // no bundles folder: the feature's reading says so
        }
        files.removeIf(f -> !Files.isRegularFile(f));
        return files;
    }

    Path bundles() {
        return home.resolve("bundles");
    }

    Path feature() {
        return home.resolve("features").resolve(FEATURE_FILE);
    }

    /** The load folder, created if missing. */
    Path createLoadDirectory() {
        try {
            return Files.createDirectories(loadDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the load folder " + loadDirectory, e);
        }
    }

    private static Path launcherJarFolder() {
        try {
            Path jar = Path.of(Distribution.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the launcher jar", e);
        }
    }
}
