package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./conelab} script as a user runs it: {@code CONELAB_JAVA_OPTS} reaches the JVM (a
 * 128 MiB heap, and a load folder given as a second option), and a run too large for that heap
 * is refused by admission control before it allocates, with one line that gives the run's figure,
 * the heap's limit and how to raise it, exit status 1 and no output.
 */
class ScriptIT {

    /** The admission line: the run's figure, the heap's limit (of -Xmx128m) and how to raise it. */
    private static final Pattern TOO_LARGE = Pattern.compile("conelab: n: n = 100000000 needs at least 8\\.2 GiB for its vectors"
            + " \\(.*\\); the heap allows [\\d.]+ MiB \\(Runtime\\.maxMemory ([\\d.]+) MiB less a margin of 64\\.0 MiB\\);"
            + " raise it with CONELAB_JAVA_OPTS=-Xmx10g \\./conelab …, or lower n; nothing was written");

    @TempDir
    Path root;
    @TempDir
    Path load;
    @TempDir
    Path output;

    @Test
    void javaOptionsReachTheJvmAndARunTooLargeForTheHeapIsOneLineWithTheHeapLimitAndHowToRaiseIt() throws Exception {
        Path script = ConelabScript.install(root);
        Path example = ConelabScript.repository().resolve("examples/paper-tridiagonal.properties");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), "run", example.toString(), "n=100000000",
                "output=" + output).redirectErrorStream(false);
        builder.environment().put("CONELAB_JAVA_OPTS", "-Xmx128m -Dconelab.load=" + load);
        Process process = builder.start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as("stderr: %s", stderr).isEqualTo(Main.FAILED);
        assertThat(stdout).isEmpty();
        List<String> lines = stderr.lines().filter(l -> !l.startsWith("WARNING: Using incubator modules")).toList();
        assertThat(lines).singleElement().asString().matches(TOO_LARGE);
        Matcher figure = TOO_LARGE.matcher(lines.get(0));
        assertThat(figure.matches()).isTrue();
        assertThat(Double.parseDouble(figure.group(1))).as("the heap limit of -Xmx128m, in MiB").isBetween(96.0, 128.0);
        try (Stream<Path> folders = Files.list(output)) {
            assertThat(folders).isEmpty();
        }
    }
}
