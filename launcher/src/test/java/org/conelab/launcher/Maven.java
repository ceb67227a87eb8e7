package org.conelab.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The {@code mvn} on the PATH, run as a separate process in batch mode, quiet and offline against
 * one local repository (the build's own): what a test needs to run a README's Maven commands
 * without network and without touching another repository. The Maven JVM runs with the C1
 * compiler only ({@code MAVEN_OPTS}, after the user's own), which suits runs of a few seconds.
 */
final class Maven {

    /** Longest a single command may take before the test gives up on it. */
    static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final int LOG_TAIL_LINES = 40;
    /** A Maven run of seconds spends about half its CPU in the C2 compiler: C1 alone nearly halves it. */
    private static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";

    private final Path executable;
    private final Path repository;
    private final Path logs;

    /**
     * @param executable the {@code mvn} to run
     * @param repository the local repository every command resolves from ({@code -Dmaven.repo.local})
     * @param logs the folder that receives one log file per command
     */
    Maven(Path executable, Path repository, Path logs) {
        this.executable = executable;
        this.repository = repository;
        this.logs = logs;
    }

    /** @return the first executable {@code mvn} on the PATH, if any */
    static Optional<Path> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .filter(folder -> !folder.isEmpty())
                .map(folder -> Path.of(folder, "mvn"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * Runs {@code mvn -B -q -o -Dmaven.repo.local=… arguments…} in {@code folder}.
     *
     * @throws AssertionError naming the command, its exit status and the end of its output when it fails
     *     or runs past {@link #TIMEOUT}
     */
    void run(Path folder, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-B", "-q", "-o",
                "-Dmaven.repo.local=" + repository));
        command.addAll(arguments);
        Path log = Files.createTempFile(logs, "mvn-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().merge("MAVEN_OPTS", QUICK_JIT, (user, quick) -> user + " " + quick);
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(describe(command, folder) + " did not end within " + TIMEOUT + ":\n" + tail(log));
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(describe(command, folder) + " exited with " + process.exitValue() + ":\n" + tail(log));
        }
    }

    private static String describe(List<String> command, Path folder) {
        return "'" + String.join(" ", command) + "' in " + folder;
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    }
}
