package org.conelab.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** What the integration tests share: the built distribution, tiny bundles, waiting. */
final class TestDistribution {

    /** How long a test waits for the framework to reach a state. */
    static final Duration WAIT = Duration.ofSeconds(20);

    private TestDistribution() {
    }

    /** The distribution the build assembled ({@code -Dconelab.dist}, set by failsafe). */
    static Path home() {
        String home = System.getProperty(Distribution.HOME_PROPERTY);
        if (home == null) {
            throw new IllegalStateException("-D" + Distribution.HOME_PROPERTY + " is not set: run through failsafe (mvn verify)");
        }
        return Path.of(home);
    }

    /** The built distribution, with FileInstall watching {@code load} instead of its own folder. */
    static Distribution withLoadDirectory(Path load) {
        return Distribution.at(home()).withLoadDirectory(load);
    }

    /** Writes a bundle jar holding only a manifest with these headers. */
    static Path writeBundle(Path jar, String symbolicName, Map<String, String> headers) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest(symbolicName, headers))) {
            out.flush();
        }
        return jar;
    }

    /**
     * Runs {@code ./conelab args…} in batch mode on the built distribution with FileInstall watching {@code load}.
     *
     * @return the exit status; what it printed is in {@code out} and {@code err}
     */
    static int batch(Path load, String[] args, ByteArrayOutputStream out, ByteArrayOutputStream err) {
        return Main.run(withLoadDirectory(load), args, printStream(out), printStream(err));
    }

    /** @return the path of {@code examples/<file>} in the checkout (from {@code -Dconelab.examples}) */
    static String example(String file) {
        String examples = System.getProperty("conelab.examples");
        if (examples == null) {
            throw new IllegalStateException("-Dconelab.examples is not set: run through failsafe (mvn verify)");
        }
        return Path.of(examples, file).toString();
    }

    /** @return the manifest of bundle {@code symbolicName} 1.0.0 with these headers besides */
    static Manifest manifest(String symbolicName, Map<String, String> headers) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        headers.forEach(main::putValue);
        return manifest;
    }

    /**
     * Copies a bundle into the load folder as FileInstall should see it: written under a temporary
     * name, then renamed in, so that it is never read half-written.
     *
     * @return the jar in the load folder
     */
    static Path drop(Path jar, Path load, String name) throws IOException {
        Path partial = Files.copy(jar, load.resolve(name + ".part"));
        return Files.move(partial, load.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Polls {@code condition} until it holds or {@link #WAIT} passes. */
    static boolean await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    static PrintStream printStream(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }

    static String text(ByteArrayOutputStream buffer) {
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
