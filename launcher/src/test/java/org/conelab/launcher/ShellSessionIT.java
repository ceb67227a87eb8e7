package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive shell as a user drives it: {@code ./conelab shell} (the real Gogo shell, JLine,
 * the distribution's gosh_profile) in a tmux pane, a real terminal, with
 * {@code CONELAB_JAVA_OPTS=-Xmx512m …}. Keys go in with tmux {@code send-keys}; every assertion is
 * on the text tmux captures from the pane. Skipped, saying so, when tmux is not installed.
 *
 * <p>The session: {@code conelab:list}; a run of the paper example ({@code banded}); {@code stop}
 * of the SIMD bundle and the same run again, whose summary shows the fallback to
 * {@code banded-scalar}; Tab completing a provider id; a long run whose bar is seen part-filled
 * while it runs, then Ctrl-C, which ends it with one line and gives the prompt back;
 * {@code conelab:runs}; a third-party kernel that throws, then {@code e} for its stack trace; a run
 * too large for the heap (one line with the figure), after which the shell still answers;
 * {@code exit}.
 */
class ShellSessionIT {

    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration COMMAND = Duration.ofSeconds(90);
    private static final String PROMPT = "conelab>";
    private static final String EXAMPLE = "examples/paper-tridiagonal.properties";
    /** A bar with some of it filled and some not, while a training task runs. */
    private static final Pattern PARTIAL_BAR = Pattern.compile("(?m)^\\[#+\\.+\\] +\\d+% training: is$");

    @TempDir
    Path work;

    private TmuxPane pane;

    @Test
    void aUserDrivesTheShellThroughARealTerminal() throws Exception {
        assumeTrue(TmuxPane.available(), "tmux is not installed (apt-get install tmux): the scripted shell session is skipped");
        Path output = Files.createDirectories(work.resolve("out"));
        Path load = Files.createDirectories(work.resolve("load"));
        FaultyKernelBundle.write(Files.createDirectories(work.resolve("rbf")), load.resolve("rbf.jar"));
        Path script = ConelabScript.install(Files.createDirectories(work.resolve("root")));
        String javaOptions = "-Xmx512m -Dconelab.load=" + load + " -Duser.home=" + Files.createDirectories(work.resolve("home"));
        String command = "cd '" + ConelabScript.repository() + "' && CONELAB_JAVA_OPTS='" + javaOptions + "' bash '" + script + "' shell";

        try (TmuxPane started = TmuxPane.start("conelab-it-" + ProcessHandle.current().pid(), command, 220, 50)) {
            pane = started;
            pane.await(t -> prompts(t) == 1, START, "the first prompt");

            String list = command("conelab:list");
            assertThat(list).contains("banded ", "banded-scalar", "tridiagonal", "lightcone", FaultyKernelBundle.ID);

            String first = command("conelab:run " + EXAMPLE + " output=" + output);
            assertThat(first).contains("  solver   banded (auto)").contains("11 holds, 0 fails").contains("output: " + output);

            command("stop org.conelab.solver.banded");
            String fallback = command("conelab:run " + EXAMPLE + " output=" + output);
            assertThat(fallback).contains("  solver   banded-scalar (auto)").contains("11 holds, 0 fails");

            pane.type("conelab:run " + EXAMPLE + " solver=banded-s");
            pane.key("Tab");
            String completed = pane.await(t -> lastLine(t).equals(PROMPT + " conelab:run " + EXAMPLE + " solver=banded-scalar"),
                    COMMAND, "solver=banded-s completed to solver=banded-scalar");
            pane.key("C-u");
            pane.await(t -> lastLine(t).equals(PROMPT), COMMAND, "an empty prompt line");

            int before = prompts(pane.capture());
            pane.line("conelab:run name=long n=100001 kernel=tridiagonal analyzers=training output=" + output);
            String running = pane.await(t -> PARTIAL_BAR.matcher(t).find(), COMMAND, "a part-filled progress bar");
            assertThat(prompts(running)).as("the run has not ended while its bar is part-filled").isEqualTo(before);
            pane.key("C-c");
            String cancelled = pane.await(t -> prompts(t) == before + 1, COMMAND, "the prompt after Ctrl-C");
            List<String> tail = cancelled.lines().toList();
            assertThat(tail.get(tail.size() - 2)).isEqualTo("run cancelled; nothing was written");
            assertThat(tail.get(tail.size() - 3)).matches("\\[#+\\] 100% prepare long");
            assertThat(cancelled).doesNotContain("InterruptedException");

            String runs = command("conelab:runs");
            assertThat(runs.lines()).hasSize(3).element(2).asString().startsWith("2  11 holds, 0 fails").contains("banded-scalar");

            String boom = command("conelab:run " + EXAMPLE + " kernel=rbf output=" + output);
            assertThat(boom.strip()).isEqualTo("kernel 'rbf' failed in generate: RuntimeException: " + FaultyKernelBundle.MESSAGE);
            assertThat(command("e")).contains("at " + FaultyKernelBundle.CLASS + ".generate(");

            String tooLarge = command("conelab:run " + EXAMPLE + " n=100000000 output=" + output);
            assertThat(tooLarge.strip()).startsWith("n: n = 100000000 needs at least 8.2 GiB for its vectors")
                    .contains("(Runtime.maxMemory ").contains("CONELAB_JAVA_OPTS=-Xmx10g").hasLineCount(1);
            assertThat(command("conelab:list --kind loss")).contains("is ", "mse ");

            pane.line("exit");
            String end = pane.await(t -> t.contains("[pane command ended]"), COMMAND, "the shell to end");
            keep("ShellSessionIT-completed.txt", completed);
            keep("ShellSessionIT-running.txt", running);
            keep("ShellSessionIT-session.txt", end);
        }
        try (Stream<Path> folders = Files.list(output)) {
            assertThat(folders).as("the two finished runs; the cancelled, failed and too large ones wrote nothing").hasSize(2);
        }
    }

    /** Types {@code line} and Enter, waits for the next prompt, returns what the command printed (trailing blank lines dropped). */
    private String command(String line) throws IOException, InterruptedException {
        int before = prompts(pane.capture());
        pane.line(line);
        String text = pane.await(t -> prompts(t) > before, COMMAND, "the prompt after '" + line + "'");
        int start = text.lastIndexOf(PROMPT + " " + line);
        int end = text.lastIndexOf(PROMPT);
        return text.substring(text.indexOf('\n', start) + 1, end).stripTrailing();
    }

    /** Keeps a capture beside the distribution (launcher/target), to read what the session looked like. */
    private static void keep(String name, String capture) throws IOException {
        Files.writeString(TestDistribution.home().resolveSibling(name), capture + "\n");
    }

    /** @return how many lines start with the prompt: one per command typed, plus the current one */
    private static int prompts(String text) {
        return (int) text.lines().filter(l -> l.startsWith(PROMPT)).count();
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
