package org.conelab.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The built distribution running in this JVM in batch mode, with a Gogo session on its
 * {@code conelab} commands: what an integration test needs to act on a live platform the way a
 * shell user does.
 *
 * <p>The usual fixture, one platform per test with FileInstall watching a fresh temporary
 * folder, is this class as a JUnit extension in an instance field:
 * {@code @RegisterExtension final RunningPlatform platform = RunningPlatform.perTest();}
 */
final class RunningPlatform implements AutoCloseable, BeforeEachCallback, AfterEachCallback {

    private static final Duration COMMANDS_TIMEOUT = Duration.ofSeconds(60);

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private Path load;
    private Platform platform;
    private GogoSession session;

    /** Starts the platform now. @param load the folder FileInstall watches */
    RunningPlatform(Path load) throws InterruptedException {
        start(load);
    }

    private RunningPlatform() {
    }

    /** @return a platform started before each test and closed after it (register it with {@code @RegisterExtension}) */
    static RunningPlatform perTest() {
        return new RunningPlatform();
    }

    private void start(Path watched) throws InterruptedException {
        load = watched;
        platform = Platform.start(TestDistribution.withLoadDirectory(watched), Platform.Mode.BATCH,
                new LauncherLog(TestDistribution.printStream(log)));
        session = GogoSession.open(platform.context(), "run", COMMANDS_TIMEOUT, console, console);
    }

    @Override
    public void beforeEach(ExtensionContext test) throws IOException, InterruptedException {
        start(Files.createTempDirectory("conelab-load-"));
    }

    @Override
    public void afterEach(ExtensionContext test) throws IOException {
        close();
        try (Stream<Path> files = Files.walk(load)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** @return what the commands wrote to the session's console so far */
    String consoleText() {
        return TestDistribution.text(console);
    }

    /** @return the folder FileInstall watches */
    Path load() {
        return load;
    }

    BundleContext context() {
        return platform.context();
    }

    /** @return what {@code conelab:<function> arguments…} returned */
    Object command(String function, List<String> arguments) throws Exception {
        return session.execute(function, arguments);
    }

    /**
     * Runs {@code conelab:run arguments… output=<output>} and returns the one run folder it added to
     * {@code output}.
     *
     * @throws AssertionError when the run added no folder or more than one
     */
    Path runInto(Path output, List<String> arguments) throws Exception {
        List<Path> before = entries(output);
        List<String> withOutput = new ArrayList<>(arguments);
        withOutput.add("output=" + output);
        command("run", withOutput);
        List<Path> added = entries(output);
        added.removeAll(before);
        if (added.size() != 1) {
            throw new AssertionError("the run added " + added + " to " + output + ", not one folder");
        }
        return added.get(0);
    }

    /** @return everything in {@code folder}, hidden entries included */
    static List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.toList());
        }
    }

    /** @return the installed bundle with this symbolic name */
    Bundle bundle(String symbolicName) {
        return Arrays.stream(context().getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
    }

    /**
     * Refreshes the bundles whose removal is pending (old revisions of updated bundles, uninstalled
     * bundles) and waits until the framework has done so.
     */
    void refresh() throws InterruptedException {
        CountDownLatch refreshed = new CountDownLatch(1);
        context().getBundle(0).adapt(FrameworkWiring.class).refreshBundles(null, event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                refreshed.countDown();
            }
        });
        if (!refreshed.await(TestDistribution.WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the framework did not finish refreshing within " + TestDistribution.WAIT.toSeconds() + " s");
        }
    }

    /** @return whether a service of class {@code service} with {@code conelab.id = id} is registered */
    boolean registered(String service, String id) {
        try {
            // getAll…: the test classpath holds the API jar too, so the system bundle's view of the
            // class differs from the bundles' and getServiceReferences would filter them out
            return context().getAllServiceReferences(service, "(conelab.id=" + id + ")") != null;
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(id, e);
        }
    }

    @Override
    public void close() {
        session.close();
        platform.close();
    }
}
