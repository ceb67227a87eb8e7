package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every row of issue 12's table, as a user meets it: {@code ./conelab run …} in batch mode. Each
 * must end with exit status 1 and exactly one line on standard error that gives the reason, with
 * nothing written to the output folder — in particular a pipeline file someone sent that names
 * {@code output = /etc} or {@code targets.file = ../../../etc/passwd}.
 */
class BadInputBatchIT {

    @TempDir
    Path sent;
    @TempDir
    Path output;
    @TempDir
    Path load;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aPipelineFileNamingOutputEtcIsRefusedInOneLine() throws IOException {
        Path file = pipeline("name = sent\nn = 21\nkernel = tridiagonal\noutput = /etc\n");
        assertThat(refusedAsSent(file)).isEqualTo("conelab: output: '/etc' (" + file + " line 4) leads to /etc, outside the"
                + " pipeline file's folder and the working directory; a pipeline file may only name paths inside them (give output=… on"
                + " the command line to choose another)");
    }

    @Test
    void aPipelineFileNamingTargetsFileEtcPasswdIsRefusedInOneLine() throws IOException {
        Path file = pipeline("name = sent\nn = 21\nkernel = tridiagonal\ntargets = csv\ntargets.file = ../../../etc/passwd\n");
        assertThat(refused(file.toString())).startsWith("conelab: targets.file: '../../../etc/passwd' (" + file + " line 5) leads to /etc/passwd,"
                + " outside the pipeline file's folder and the working directory");
    }

    @Test
    void outputUpTheTreeInAFileCannotEscapeAndIsShownNormalised() throws IOException {
        Path file = pipeline("name = sent\nn = 21\nkernel = tridiagonal\noutput = ../../somewhere\n");
        assertThat(refusedAsSent(file)).startsWith("conelab: output: '../../somewhere' (" + file + " line 4) leads to "
                + Path.of("../../somewhere").toAbsolutePath().normalize() + ", outside");
    }

    @Test
    void theSameKeyTwiceNamesBothLines() throws IOException {
        Path file = pipeline("name = sent\nn = 21\nkernel = tridiagonal\nn = 41\n");
        assertThat(refused(file.toString())).isEqualTo("conelab: " + file + " line 4: n is given twice, on lines 2 and 4; keep one");
    }

    @Test
    void aDirectoryOrABinaryFileAsThePipelineFileGivesTheRightReason() throws IOException {
        assertThat(refused(sent.toString())).isEqualTo("conelab: " + sent + ": cannot read the pipeline file: is a directory, not a file");
        Path binary = Files.write(sent.resolve("bundle.jar"), new byte[] {'P', 'K', 3, 4, 20, 0, 8, 0});
        assertThat(refused(binary.toString())).isEqualTo("conelab: " + binary + " line 1: a binary file, not a pipeline file (control byte"
                + " 0x03 at offset 2); a pipeline file is key = value text");
    }

    @Test
    void aMissingTargetsFileGivesTheReason() {
        Path missing = sent.resolve("nope.csv");
        assertThat(refused("name=t", "n=21", "kernel=tridiagonal", "targets=csv", "targets.file=" + missing))
                .isEqualTo("conelab: targets.file: cannot read '" + missing + "': no such file or directory");
    }

    @Test
    void outputProcOnTheCommandLineGivesTheReason() {
        assertThat(refused(example(), "output=/proc")).startsWith("conelab: output: '/proc' is a system folder; runs are never written");
    }

    @Test
    void aPipelineWithoutNSaysNIsRequired() throws IOException {
        assertThat(refused(pipeline("name = sent\nkernel = tridiagonal\n").toString())).isEqualTo("conelab: n: is required");
    }

    @Test
    void aGraphKernelRangeOfAtLeastNIsRefusedSayingWhatItMeans() {
        assertThat(refused("name=g", "n=101", "kernel=graph", "kernel.range=500"))
                .isEqualTo("conelab: kernel: 'graph' has range R = 500 ≥ n = 101: every pair of nodes is within range (distances are at"
                        + " most n − 1), so K is not local and the light cone covers the graph from step 1 — there is no locality to"
                        + " measure; choose a range R ≤ 100 (kernel.range for graph), or a larger n");
    }

    @Test
    void twoHundredMillionNodesWithAutoAreRefusedBeforeAllocatingWithHowToRaiseTheHeap() {
        // 2·10⁸ nodes need 2·10⁸ × 8 doubles × 8 bytes = 11.9 GiB before any kernel: refused wherever the heap is smaller
        assumeTrue(Runtime.getRuntime().maxMemory() < 11L << 30, "a heap of 11 GiB or more would admit this run");
        assertThat(refused(example(), "n=200000000", "solver=auto", "compare=none"))
                .startsWith("conelab: n: n = 200000000 needs at least 11.9 GiB for its vectors").contains("raise it with CONELAB_JAVA_OPTS=-Xmx");
    }

    /** Runs {@code ./conelab run args… output=<output>} and returns its one line on standard error; nothing may be written. */
    /**
     * Runs {@code args} in batch mode (with {@code output=} the test's folder unless the
     * arguments name one) and returns the one line it was refused with.
     */
    private String refused(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (all.stream().noneMatch(a -> a.startsWith("output="))) {
            all.add("output=" + output);
        }
        return refusedLine(all);
    }

    /**
     * Runs the pipeline file as it was sent, with no {@code output=} on the command line: an
     * explicit output would replace the file's own, which is then not judged.
     */
    private String refusedAsSent(Path file) {
        return refusedLine(List.of(file.toString()));
    }

    private String refusedLine(List<String> args) {
        List<String> all = new ArrayList<>(List.of("run"));
        all.addAll(args);
        int status = TestDistribution.batch(load, all.toArray(String[]::new), out, err);
        assertThat(status).isEqualTo(Main.FAILED);
        try {
            assertThat(RunningPlatform.entries(output)).as("nothing written").isEmpty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> lines = TestDistribution.text(err).lines().toList();
        err.reset();
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

    private Path pipeline(String text) throws IOException {
        return Files.writeString(Files.createDirectories(sent.resolve("from-someone")).resolve("p.properties"), text);
    }

    private static String example() {
        return TestDistribution.example("paper-tridiagonal.properties");
    }
}
