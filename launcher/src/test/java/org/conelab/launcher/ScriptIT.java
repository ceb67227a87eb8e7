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
 * ends with one line that gives the heap's limit and how to raise it, exit status 1 and no output.
 */
class ScriptIT {

    private static final Pattern OUT_OF_MEMORY = Pattern.compile("conelab: out of memory: the run needs more than the Java"
            + " heap's limit of (\\d+) MiB \\(Runtime\\.maxMemory\\); raise it with CONELAB_JAVA_OPTS,"
            + " e\\.g\\. CONELAB_JAVA_OPTS=-Xmx\\d+m \\./conelab …");

    @TempDir
    Path root;
    @TempDir
    Path load;
    @TempDir
    Path output;

    @Test
    void javaOptionsReachTheJvmAndAnOutOfMemoryErrorIsOneLineWithTheHeapLimitAndHowToRaiseIt() throws Exception {
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
        assertThat(lines).singleElement().asString().matches(OUT_OF_MEMORY);
        Matcher figure = OUT_OF_MEMORY.matcher(lines.get(0));
        assertThat(figure.matches()).isTrue();
        assertThat(Integer.parseInt(figure.group(1))).as("the heap limit of -Xmx128m, in MiB").isBetween(96, 128);
        try (Stream<Path> folders = Files.list(output)) {
            assertThat(folders).isEmpty();
        }
    }
}
