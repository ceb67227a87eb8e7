package org.conelab.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The bundles that FileInstall takes from the load folder. FileInstall works on its own thread;
 * a batch run waits here until the jars that were in the folder at launch are active, so a
 * user's extension bundle takes part in the run.
 */
final class LoadFolder {

    /** How often the bundles' states are checked. */
    static final Duration POLL = Duration.ofMillis(100);

    private LoadFolder() {
    }

    /**
     * Waits until every {@code *.jar} in {@code folder} is installed and active, at most
     * {@code timeout}; reports, one line each, the jars that are not by then.
     */
    static void awaitActive(BundleContext context, Path folder, Duration timeout, LauncherLog log)
            throws InterruptedException {
        List<Path> jars = jars(folder);
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Path> pending = pending(context, jars);
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(POLL.toMillis());
            pending = pending(context, jars);
        }
        for (Path jar : pending) {
            String state = bundleOf(context, jar).map(b -> stateName(b.getState())).orElse("not installed");
            log.line(folder.relativize(jar) + " from the load folder is " + state + " after "
                    + timeout.toSeconds() + " s");
        }
    }

    private static List<Path> jars(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the load folder " + folder, e);
        }
    }

    private static List<Path> pending(BundleContext context, List<Path> jars) {
        List<Path> pending = new ArrayList<>();
        for (Path jar : jars) {
            boolean ready = bundleOf(context, jar)
                    .filter(b -> b.getState() == Bundle.ACTIVE || isFragment(b) && b.getState() == Bundle.RESOLVED)
                    .isPresent();
            if (!ready) {
                pending.add(jar);
            }
        }
        return pending;
    }

    private static Optional<Bundle> bundleOf(BundleContext context, Path jar) {
        Path wanted = jar.toAbsolutePath().normalize();
        for (Bundle bundle : context.getBundles()) {
            if (wanted.equals(locationPath(bundle.getLocation()))) {
                return Optional.of(bundle);
            }
        }
        return Optional.empty();
    }

    private static Path locationPath(String location) {
        try {
            return Path.of(URI.create(location)).toAbsolutePath().normalize();
        } catch (RuntimeException notAFileUri) {
            return null;
        }
    }

    private static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders().get(org.osgi.framework.Constants.FRAGMENT_HOST) != null;
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            default -> "state " + state;
        };
    }
}
