package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch mode's report of a faulty provider, with a third-party kernel bundle that throws
 * ({@link FaultyKernelBundle}) in the load folder: one line naming the provider, the call and the
 * exception; with {@code --debug}, the stack trace (the provider's frames included) first.
 * Nothing is written. An expected failure, of a run or of the audit, is its message alone.
 */
class BatchFailuresIT {

    @TempDir
    Path load;
    @TempDir
    Path output;
    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aFaultyProviderIsOneLineNamingItAndWhatItThrew() throws IOException {
        FaultyKernelBundle.write(work, load.resolve("rbf.jar"));

        int status = run("run", example(), "kernel=rbf", "output=" + output);

        assertThat(status).isEqualTo(Main.FAILED);
        assertThat(TestDistribution.text(err).lines().toList()).singleElement().isEqualTo(
                "conelab: kernel 'rbf' failed in generate: RuntimeException: " + FaultyKernelBundle.MESSAGE);
        assertThat(runFolders()).isEmpty();
    }

    @Test
    void withDebugTheStackTraceComesBeforeTheLine() throws IOException {
        FaultyKernelBundle.write(work, load.resolve("rbf.jar"));

        int status = run("run", example(), "kernel=rbf", "output=" + output, "--debug");

        assertThat(status).isEqualTo(Main.FAILED);
        List<String> lines = TestDistribution.text(err).lines().toList();
        assertThat(lines).contains("Caused by: java.lang.RuntimeException: " + FaultyKernelBundle.MESSAGE);
        assertThat(lines).anyMatch(l -> l.startsWith("\tat " + FaultyKernelBundle.CLASS + ".generate("));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("conelab: kernel 'rbf' failed in generate: RuntimeException: "
                + FaultyKernelBundle.MESSAGE);
        assertThat(runFolders()).isEmpty();
    }

    @Test
    void anExpectedFailureStaysOneLineWithoutAClassNameEvenWithDebugsTrace() {
        int status = run("run", example(), "kernel=nope", "output=" + output);

        assertThat(status).isEqualTo(Main.FAILED);
        assertThat(TestDistribution.text(err).lines().toList()).singleElement().asString()
                .startsWith("conelab: kernel: no kernel with id 'nope'").doesNotContain("Exception").doesNotContain("--debug");
    }

    @Test
    void anAuditThatCannotWriteItsOutputIsOneLineWithoutAClassName() throws IOException {
        Path notAFolder = Files.writeString(work.resolve("not-a-folder"), "");

        int status = run("paper", TestDistribution.example("paper"), "-o", notAFolder.toString());

        assertThat(status).isEqualTo(Main.FAILED);
        assertThat(TestDistribution.text(err).lines().toList()).singleElement().asString()
                .startsWith("conelab: cannot write the audit under " + notAFolder + ": ")
                .doesNotContain("Failure").doesNotContain("Exception").doesNotContain("--debug");
    }

    private int run(String... args) {
        return TestDistribution.batch(load, args, out, err);
    }

    private static String example() {
        return TestDistribution.example("paper-tridiagonal.properties");
    }

    private List<Path> runFolders() throws IOException {
        try (Stream<Path> entries = Files.list(output)) {
            return entries.toList();
        }
    }
}
