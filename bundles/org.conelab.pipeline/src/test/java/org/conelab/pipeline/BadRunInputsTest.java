package org.conelab.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.conelab.api.InvalidInputException;
import org.conelab.api.progress.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input given to a run, by class: sizes, output folders, memory, targets and predictions,
 * unknown ids and keys. Each must end the run with one line that names the key, value, file,
 * line or index and says what is accepted, write nothing, and leave the engine running.
 */
class BadRunInputsTest {

    @TempDir
    Path output;
    @TempDir
    Path data;
    private EngineFixture fixture;

    @BeforeEach
    void start() {
        fixture = new EngineFixture(output.resolve("runs"));
    }

    static Stream<Arguments> sizes() {
        return Stream.of(
                Arguments.of("n=", "n: is required"),
                Arguments.of("n=abc", "n: must be an integer, got 'abc'"),
                Arguments.of("n=-5", "n: must be between 1 and 2147483647, got '-5'"),
                Arguments.of("n=0", "n: must be between 1 and 2147483647, got '0'"),
                Arguments.of("n=1e3", "n: must be an integer, got '1e3'"),
                Arguments.of("n=2.5", "n: must be an integer, got '2.5'"),
                Arguments.of("n=99999999999", "n: must be between 1 and 2147483647, got '99999999999'"),
                Arguments.of("steps=-1", "steps: must be between 0 and 10000000, got '-1'"),
                Arguments.of("steps=many", "steps: must be an integer, got 'many'"),
                Arguments.of("steps=1000000000", "steps: must be between 0 and 10000000, got '1000000000'"),
                Arguments.of("stage.timeout=0", "stage.timeout: must be > 0, got '0'"),
                Arguments.of("stage.timeout=soon", "stage.timeout: must be a finite number, got 'soon'"),
                Arguments.of("stage.timeout=1e300", "stage.timeout: must be at most a year of seconds (31536000), got '1e300'"),
                Arguments.of("init.perturbation=1", "init.perturbation: must be in [0, 1), got 1.0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sizes")
    void aSizeThatIsNotANumberNegativeOrAbsurdIsOneLine(String override, String message) throws IOException {
        fixture.refuses(fixture.spec(override), InvalidInputException.class).hasMessage(message);
        assertTheEngineStillRuns();
    }

    static Stream<Arguments> outputs() {
        return Stream.of(
                Arguments.of("/etc", "output: '/etc' is a system folder"),
                Arguments.of("/etc/conelab", "output: '/etc/conelab' is a system folder"),
                Arguments.of("/proc", "output: '/proc' is a system folder"),
                Arguments.of("/", "output: '/' is a system folder"),
                Arguments.of("/usr/../etc", "output: '/etc' is a system folder"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    void aSystemFolderNeverReceivesRunsWhoeverRunsThePlatform(String folder, String message) throws IOException {
        fixture.refuses(fixture.spec("output=" + folder), InvalidInputException.class).hasMessageStartingWith(message)
                .hasMessageEndingWith("choose a folder of your own");
        assertTheEngineStillRuns();
    }

    @Test
    void anOutputThatIsAFileOrLiesUnderOneIsRefusedWithTheReasonBeforeTheRunComputes() throws IOException {
        Path file = Files.writeString(data.resolve("taken"), "x");
        fixture.refuses(fixture.spec("output=" + file), InvalidInputException.class).hasMessage("output: '" + file + "' is a file, not a folder");
        fixture.refuses(fixture.spec("output=" + file + "/runs"), InvalidInputException.class)
                .hasMessage("output: cannot create '" + file + "/runs': '" + file + "' is a file, not a folder");
        assertThat(fixture.analyzer.seen).as("refused before anything was computed").isEmpty();
    }

    @Test
    void aLinkToASystemFolderIsSeenThrough() throws IOException {
        Path link = Files.createSymbolicLink(data.resolve("innocent"), Path.of("/etc"));
        fixture.refuses(fixture.spec("output=" + link), InvalidInputException.class)
                .hasMessage("output: '" + link + "' (/etc) is a system folder; runs are never written under the root itself or "
                        + OutputFolder.SYSTEM_LIST + ": choose a folder of your own");
    }

    @Test
    void anOutputIsReportedNormalised() {
        Path messy = output.resolve("a/../b/./runs");
        assertThat(fixture.engine.run(fixture.spec("output=" + messy), Progress.NONE).outputDirectory().getParent())
                .isEqualTo(output.resolve("b/runs"));
    }

    @Test
    void aRunTooLargeForTheHeapIsRefusedBeforeAllocatingWithTheFigureAndHowToRaiseIt() throws IOException {
        fixture.engine.admission = new Admission(512L << 20);

        fixture.refuses(fixture.spec("n=200000000"), InvalidInputException.class)
                .hasMessage("n: n = 200000000 needs at least 11.9 GiB for its vectors (8 doubles per node: targets, initial predictions,"
                        + " and per loss weights, errors and gradients, with the work vectors of K·W·e); the heap allows 448.0 MiB"
                        + " (Runtime.maxMemory 512.0 MiB less a margin of 64.0 MiB); raise it with CONELAB_JAVA_OPTS=-Xmx14g"
                        + " ./conelab …, or lower n; nothing was written");
        assertThat(fixture.analyzer.seen).isEmpty();
    }

    @Test
    void theResponseWindowsOfALongRunCountTowardsAdmission() throws IOException {
        fixture.engine.admission = new Admission(100L << 20);

        // 2 losses × 10001 steps × 20001 nodes (2·T·1 + 1 > n) ≈ 3.0 GiB of response windows
        fixture.refuses(fixture.spec("n=20001", "steps=10000", "compare=square"), InvalidInputException.class)
                .hasMessageStartingWith("n: n = 20001 needs at least ")
                .hasMessageContaining("2 response window(s) of 10001 steps × 20001 nodes").hasMessageContaining("CONELAB_JAVA_OPTS=-Xmx");
        assertTheEngineStillRuns();
    }

    static Stream<Arguments> valueFiles() {
        return Stream.of(
                Arguments.of("1\n".repeat(19) + "nan\n", "targets.file y.csv line 20: not a number: 'nan'"),
                Arguments.of("1\n".repeat(19) + "NaN\n", "targets.file y.csv line 20: must be a finite number > 0, got 'NaN'"),
                Arguments.of("1\n-1\n" + "1\n".repeat(18), "targets.file y.csv line 2: must be a finite number > 0, got '-1'"),
                Arguments.of("0\n" + "1\n".repeat(19), "targets.file y.csv line 1: must be a finite number > 0, got '0'"),
                Arguments.of("Infinity\n" + "1\n".repeat(19), "targets.file y.csv line 1: must be a finite number > 0, got 'Infinity'"),
                Arguments.of("y\n1;2\n", "targets.file y.csv line 2: not a number: '1;2' (fields are separated by commas, not ';' or tabs)"),
                Arguments.of("1\n".repeat(19), "targets.file: '%s' has 19 values, n = 20 needed"),
                Arguments.of("1\n".repeat(21), "targets.file: '%s' has more than n = 20 values"),
                Arguments.of("y\nz\n", "targets.file y.csv line 2: not a number: 'z' (one number per line, or the first field of a comma-separated line)"),
                Arguments.of("1\n\u0000\u0001", "targets.file y.csv line 2: a binary file, not a pipeline file (control byte 0x00 at offset 2)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("valueFiles")
    void aTargetsFileWithABadValueNamesTheFileAndLine(String content, String message) throws IOException {
        Path file = Files.writeString(data.resolve("y.csv"), content);
        fixture.refuses(fixture.spec("targets=csv", "targets.file=" + file), InvalidInputException.class)
                .hasMessageStartingWith(message.formatted(file));
    }

    @Test
    void aMissingOrDirectoryTargetsFileGivesTheReason() throws IOException {
        Path missing = data.resolve("nope.csv");
        fixture.refuses(fixture.spec("targets=csv", "targets.file=" + missing), InvalidInputException.class)
                .hasMessage("targets.file: cannot read '" + missing + "': no such file or directory");
        fixture.refuses(fixture.spec("targets=csv", "targets.file=" + data), InvalidInputException.class)
                .hasMessage("targets.file: cannot read '" + data + "': is a directory, not a file");
    }

    @Test
    void blankLinesCommentsAHeaderAndCrLfAreAccepted() {
        Path file = write("y.csv", "target\r\n# measured\r\n\r\n" + "2.5\r\n".repeat(20));
        assertThat(fixture.engine.run(fixture.spec("targets=csv", "targets.file=" + file), Progress.NONE).outputDirectory()).isDirectory();
    }

    @Test
    void aNonFinitePredictionOrATargetOutsideTheLossDomainIsNamedByIndex() throws IOException {
        Path initial = write("f.csv", "1\n".repeat(5) + "Infinity\n" + "1\n".repeat(14));
        fixture.refuses(fixture.spec("init.file=" + initial), InvalidInputException.class)
                .hasMessage("init.file f.csv line 6: must be a finite number, got 'Infinity'");
        Path negative = write("f0.csv", "1\n".repeat(7) + "-0.5\n" + "1\n".repeat(12));
        fixture.refuses(fixture.spec("targets=constant", "init.file=" + negative), InvalidInputException.class)
                .hasMessage("targets[7]: needs y > 0 and f > 0, got y = 1.0 (loss = ratio)");
        fixture.refuses(fixture.spec("targets=constant", "targets.value=-2"), InvalidInputException.class)
                .hasMessage("targets[0]: needs y > 0 and f > 0, got y = -2.0 (loss = ratio)");
    }

    @Test
    void aKernelWhoseRangeIsAtLeastNIsRefusedSayingWhatThatMeans() throws IOException {
        fixture.engine.addKernel(new org.conelab.api.kernel.KernelGenerator() {
            @Override public java.util.List<org.conelab.api.ParameterSpec> parameters() {
                return java.util.List.of();
            }
            @Override public org.conelab.api.kernel.Kernel generate(org.conelab.api.graph.Graph g, org.conelab.api.Parameters p) {
                return new org.conelab.api.kernel.Kernel(new org.conelab.api.matrix.StencilMatrix(g.size(), new double[] {1, 0.25}),
                        org.conelab.api.kernel.Locality.range(20), java.util.Map.of());
            }
        }, TestProviders.props("wide", 0));

        fixture.refuses(fixture.spec("kernel=wide"), InvalidInputException.class).hasMessage("kernel: 'wide' has range R = 20 ≥ n = 20:"
                + " every pair of nodes is within range (distances are at most n − 1), so K is not local and the light cone covers the"
                + " graph from step 1 — there is no locality to measure; choose a range R ≤ 19 (kernel.range for graph), or a larger n");
        assertThat(fixture.engine.run(fixture.spec("kernel=wide", "n=21"), Progress.NONE).outputDirectory()).as("R = n − 1").isDirectory();
        assertThat(fixture.engine.run(fixture.spec("n=1", "lightcone.source="), Progress.NONE).outputDirectory())
                .as("n = 1: no pair of nodes, R = 1 let through").isDirectory();
    }

    static Stream<Arguments> unknowns() {
        return Stream.of(
                Arguments.of("kernel=stencl", "kernel: no kernel with id 'stencl'; available: stencil; did you mean 'stencil'?"),
                Arguments.of("loss=rato", "loss: no loss with id 'rato'; available: ratio, square; did you mean 'ratio'?"),
                Arguments.of("analyzers=recrod", "analyzers: no analyzer with id 'recrod'; available: record; did you mean 'record'?"),
                Arguments.of("solver=nothing", "solver: no solver with id 'nothing'; available: small"),
                Arguments.of("stesp=3", "stesp: unknown key; top-level keys are "),
                Arguments.of("kernel.aa=3", "kernel.aa: unknown key; kernel accepts a, b; did you mean 'a'?"),
                Arguments.of("kernal.a=3", "kernal.a: unknown key: 'kernal' is not a section of this pipeline; sections are graph, kernel,"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknowns")
    void anUnknownIdOrKeyListsWhatExistsAndSuggestsTheClosest(String override, String message) throws IOException {
        fixture.refuses(fixture.spec(override), InvalidInputException.class).hasMessageStartingWith(message);
    }

    @Test
    void aMisspeltTopLevelKeyIsSuggested() throws IOException {
        fixture.refuses(fixture.spec("stesp=3"), InvalidInputException.class).hasMessageEndingWith("; did you mean 'steps'?");
        fixture.refuses(fixture.spec("kernal.a=3"), InvalidInputException.class).hasMessageEndingWith("; did you mean 'kernel'?");
    }

    private Path write(String name, String content) {
        try {
            return Files.writeString(data.resolve(name), content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void assertTheEngineStillRuns() {
        assertThat(fixture.engine.run(fixture.spec(), Progress.NONE).outputDirectory()).isDirectory();
    }
}
