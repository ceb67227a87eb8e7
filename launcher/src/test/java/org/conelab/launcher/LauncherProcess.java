package org.conelab.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The built distribution's launcher in a JVM of its own (as {@code ./conelab} starts it), its
 * output in a log file: for tests that kill a platform or run several at once.
 */
final class LauncherProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private LauncherProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code conelab <arguments>} with FileInstall watching {@code load}, standard output and error into {@code log}. */
    static LauncherProcess start(Path load, Path log, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-Djava.awt.headless=true", "-Xmx256m",
                "-D" + Distribution.HOME_PROPERTY + "=" + TestDistribution.home(), "-D" + Distribution.LOAD_PROPERTY + "=" + load,
                "-jar", TestDistribution.home().resolve("conelab-launcher.jar").toString()));
        command.addAll(arguments);
        return new LauncherProcess(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(), log);
    }

    /** @return the output so far */
    String output() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** Waits until the output satisfies {@code condition}; fails when the process ends first or the time is up. */
    void awaitOutput(Predicate<String> condition, Duration timeout) throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.test(output())) {
            if (!process.isAlive() || System.nanoTime() > end) {
                throw new AssertionError((process.isAlive() ? "timed out" : "exited " + process.exitValue()) + "; output:\n" + output());
            }
            Thread.sleep(100);
        }
    }

    /** Kills the JVM at once (SIGKILL: no shutdown hook runs) and waits for it to end. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** @return the process */
    Process process() {
        return process;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
