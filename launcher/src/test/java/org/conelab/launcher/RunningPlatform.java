package org.conelab.launcher;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;

/**
 * The built distribution running in this JVM in batch mode, with a Gogo session on its
 * {@code conelab} commands: what an integration test needs to act on a live platform the way a
 * shell user does.
 */
final class RunningPlatform implements AutoCloseable {

    private static final Duration COMMANDS_TIMEOUT = Duration.ofSeconds(60);

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final Platform platform;
    private final GogoSession session;

    /** @param load the folder FileInstall watches */
    RunningPlatform(Path load) throws InterruptedException {
        platform = Platform.start(TestDistribution.withLoadDirectory(load), Platform.Mode.BATCH,
                new LauncherLog(TestDistribution.printStream(log)));
        session = GogoSession.open(platform.context(), "run", COMMANDS_TIMEOUT, console, console);
    }

    BundleContext context() {
        return platform.context();
    }

    /** @return what {@code conelab:<function> arguments…} returned */
    Object command(String function, List<String> arguments) throws Exception {
        return session.execute(function, arguments);
    }

    /** @return whether a service of class {@code service} with {@code conelab.id = id} is registered */
    boolean registered(String service, String id) {
        try {
            // getAll…: the test classpath holds the API jar too (see PlatformIT)
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
