package org.conelab.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.conelab.api.InvalidInputException;
import org.conelab.api.pipeline.RunReport;
import org.conelab.api.progress.Progress;
import org.conelab.api.targets.TargetGenerator;
import org.conelab.pipeline.TestProviders.BlankRenderer;
import org.conelab.pipeline.TestProviders.LoopSolver;
import org.conelab.pipeline.TestProviders.RatioLoss;
import org.conelab.pipeline.TestProviders.RecordingAnalyzer;
import org.conelab.pipeline.TestProviders.StencilKernel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PipelineEngineTest {

    @TempDir
    Path output;

    private final PipelineEngine engine = new PipelineEngine();
    private final RecordingAnalyzer analyzer = new RecordingAnalyzer();
    private final BlankRenderer renderer = new BlankRenderer();
    private final LoopSolver small = new LoopSolver(50);
    private final LoopSolver large = new LoopSolver(Integer.MAX_VALUE);

    @BeforeEach
    void register() {
        engine.charts = renderer;
        engine.addGraph(new TestProviders.ChainBuilder(), TestProviders.props("chain", 0));
        engine.addLoss(new RatioLoss(), TestProviders.props("ratio", 0));
        engine.addLoss(new TestProviders.ScaledSquareLoss(1.0), TestProviders.props("square", 0));
        engine.addKernel(new StencilKernel(), TestProviders.props("stencil", 0));
        engine.addSolver(small, TestProviders.props("small", 50));
        engine.addSolver(large, TestProviders.props("large", 10));
        engine.addAnalyzer(analyzer, TestProviders.props("record", 0));
        TargetGenerators.BUILT_IN.forEach((id, builtIn) -> engine.addTargets(builtIn.generator(), TestProviders.props(id, 0)));
    }

    private Map<String, String> spec(String... overrides) {
        return EngineFixture.spec(output, overrides);
    }

    private List<Path> runFolders() throws IOException {
        try (Stream<Path> files = Files.list(output)) {
            return files.toList();
        }
    }

    @Test
    void aRunWritesEveryOutputIntoOneCompleteFolder() throws IOException {
        RunReport report = engine.run(spec(), Progress.NONE);

        assertThat(runFolders()).containsExactly(report.outputDirectory());
        assertThat(report.outputDirectory().getFileName().toString()).startsWith("unit-");
        try (Stream<Path> files = Files.list(report.outputDirectory())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("findings.csv", "training.csv",
                    "summary.txt", "pipeline.properties", "provenance.properties", "inputs.csv", "kernel.mtx",
                    "record-targets.csv", "record-line.png", "report.html");
        }
        assertThat(Files.readAllLines(report.outputDirectory().resolve("findings.csv"))).containsExactly(
                RunWriter.FINDINGS_HEADER, "record,size_times_factor,40,,,,info,unstated,");
        assertThat(report.findings().get("record")).hasSize(1);
    }

    @Test
    void inputsAndKernelFilesHoldWhatTheAnalyzersWereGiven() throws IOException {
        RunReport report = engine.run(spec("n=12"), Progress.NONE);
        var seen = analyzer.seen.get(0);

        List<String> inputs = Files.readAllLines(report.outputDirectory().resolve("inputs.csv"));
        assertThat(inputs).hasSize(13);
        assertThat(inputs.get(0)).isEqualTo("node,target,initial,position_1");
        for (int i = 0; i < 12; i++) {
            String[] cells = inputs.get(i + 1).split(",");
            assertThat(Integer.parseInt(cells[0])).isEqualTo(i);
            assertThat(Double.parseDouble(cells[1])).as("target %d", i).isEqualTo(seen.targets()[i]);
            assertThat(Double.parseDouble(cells[2])).as("initial %d", i).isEqualTo(seen.initial()[i]);
            assertThat(Double.parseDouble(cells[3])).as("chain position %d", i).isEqualTo(i);
        }
        List<String> kernel = Files.readAllLines(report.outputDirectory().resolve("kernel.mtx"));
        assertThat(kernel.get(0)).isEqualTo("%%MatrixMarket matrix coordinate real symmetric");
        assertThat(kernel.get(2)).as("n n nnz of a tri-diagonal lower triangle").isEqualTo("12 12 23");
        assertThat(kernel.get(3).split(" ")).containsExactly("1", "1", Double.toString(seen.kernel().matrix().entry(0, 0)));
    }

    @Test
    void provenanceNamesEveryProviderTheJvmTheMachineAndTheSeeds() throws IOException {
        RunReport report = engine.run(spec("compare=square", "targets.seed=5"), Progress.NONE);

        String provenance = Files.readString(report.outputDirectory().resolve("provenance.properties"));
        assertThat(provenance).contains("provider.graph = chain", "provider.kernel = stencil", "provider.targets = lognormal",
                "provider.loss = ratio", "provider.compare = square", "provider.solver = small", "provider.analyzer.record = record",
                "java.version = " + System.getProperty("java.version"), "machine.processors = ", "seed.targets.seed = 5",
                "seed.init.seed = ", "commit = ", "kernel_file = kernel.mtx");
    }

    @Test
    void aKernelProviderReturningTheWrongSizeIsNamedBeforeAnythingTrains() throws IOException {
        engine.addKernel(new org.conelab.api.kernel.KernelGenerator() {
            @Override
            public List<org.conelab.api.ParameterSpec> parameters() {
                return List.of();
            }

            @Override
            public org.conelab.api.kernel.Kernel generate(org.conelab.api.graph.Graph graph, org.conelab.api.Parameters p) {
                return new org.conelab.api.kernel.Kernel(new org.conelab.api.matrix.StencilMatrix(graph.size() - 1, new double[] {1, 0.2}),
                        org.conelab.api.kernel.Locality.range(1), Map.of());
            }
        }, TestProviders.props("short", 0));

        assertThatThrownBy(() -> engine.run(spec("kernel=short"), Progress.NONE)).isInstanceOf(InvalidInputException.class)
                .hasMessage("kernel: 'short' returned a 19 × 19 matrix for a graph of 20 nodes");
        assertThat(analyzer.seen).isEmpty();
        assertThat(runFolders()).isEmpty();
    }

    @Test
    void anIndefiniteKernelIsRefusedFromTheSolversSpectrumNamingItsProvider() throws IOException {
        engine.addSolver(new TestProviders.ExactSolver(), TestProviders.props("exact", 0));

        // α = 1, β = 0.8 on n = 20: λ_min(K) = 1 + 1.6·cos(20π/21) = −0.582 < 0
        assertThatThrownBy(() -> engine.run(spec("solver=exact", "kernel.b=0.8"), Progress.NONE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("kernel: 'stencil' returned a kernel that is not positive semi-definite: λ_min(W^½KW^½) = -")
                .hasMessageContaining("(solver exact)");
        assertThat(analyzer.seen).isEmpty();
        assertThat(runFolders()).isEmpty();
        assertThat(engine.run(spec("solver=exact", "kernel.b=0.4"), Progress.NONE).findings()).containsKey("record");
    }

    @Test
    void aTargetGeneratorServiceIsResolvedByIdAndOverridesABuiltInByRanking() throws IOException {
        TargetGenerator twos = new TargetGenerator() {
            @Override
            public List<org.conelab.api.ParameterSpec> parameters() {
                return List.of(TargetGenerators.SEED);
            }

            @Override
            public double[] generate(int n, org.conelab.api.Parameters parameters) {
                double[] y = new double[n];
                java.util.Arrays.fill(y, 2.0);
                return y;
            }
        };
        engine.addTargets(twos, TestProviders.props("twos", 0));
        engine.addTargets(twos, TestProviders.props("lognormal", 10));

        engine.run(spec("targets=twos"), Progress.NONE);
        engine.run(spec("targets=lognormal"), Progress.NONE);
        assertThat(analyzer.seen.get(0).targets()).containsOnly(2.0);
        assertThat(analyzer.seen.get(1).targets()).as("the higher-ranked 'lognormal'").containsOnly(2.0);
        assertThat(Files.readString(engine.run(spec("targets=twos"), Progress.NONE).outputDirectory().resolve("provenance.properties")))
                .contains("provider.targets = twos ");
        assertThatThrownBy(() -> engine.run(spec("targets=gamma"), Progress.NONE)).isInstanceOf(InvalidInputException.class)
                .hasMessage("targets: no target generator with id 'gamma'; available: lognormal, constant, csv, periodogram, twoscale, "
                        + "uniform, twos");
    }

    @Test
    void aLossReadsItsParametersFromItsRolesSection() throws IOException {
        RunReport plain = engine.run(spec("loss=square", "compare=square", "compare.c=4"), Progress.NONE);
        List<String> training = Files.readAllLines(plain.outputDirectory().resolve("training.csv"));

        // W = c·I scales λ_max by c: the comparison's η is a quarter of the trained loss's
        double eta = Double.parseDouble(training.get(1).split(",")[1]);
        double etaCompare = Double.parseDouble(training.get(2).split(",")[1]);
        assertThat(etaCompare / eta).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(plain.resolved()).containsEntry("loss.c", "1.0").containsEntry("compare.c", "4");
        assertThatThrownBy(() -> engine.run(spec("loss=square", "loss.d=1"), Progress.NONE))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("loss.d");
        assertThatThrownBy(() -> engine.run(spec("loss=square", "loss.c=-1"), Progress.NONE))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("loss.c");
    }

    @Test
    void theResolvedSpecificationRecordsSeedsDefaultsAndTheSolverAutoChose() throws IOException {
        RunReport report = engine.run(spec("n=10"), Progress.NONE);

        Map<String, String> resolved = report.resolved();
        assertThat(resolved).containsEntry("solver", "small").containsEntry("kernel.b", "0.25")
                .containsEntry("record.factor", "2").containsKeys("targets.seed", "init.seed");
        assertThat(Files.readString(report.outputDirectory().resolve("pipeline.properties"))).contains("solver = small");
    }

    @Test
    void rerunningTheResolvedSpecificationReproducesTargetsAndInitialPredictions() {
        RunReport first = engine.run(spec(), Progress.NONE);
        engine.run(first.resolved(), Progress.NONE);

        assertThat(analyzer.seen.get(1).targets()).containsExactly(analyzer.seen.get(0).targets());
        assertThat(analyzer.seen.get(1).initial()).containsExactly(analyzer.seen.get(0).initial());
    }

    @Test
    void autoTakesTheHighestRankedSolverThatSupportsTheKernel() {
        assertThat(engine.run(spec("n=50"), Progress.NONE).resolved()).containsEntry("solver", "small");
        assertThat(engine.run(spec("n=51"), Progress.NONE).resolved()).containsEntry("solver", "large");
    }

    @Test
    void stableEtaIsTheFractionOfTwoOverLambdaMax() {
        engine.run(spec("eta=0.25 stable"), Progress.NONE);
        var training = analyzer.seen.get(0).primary();
        assertThat(training.eta()).isEqualTo(0.25 * training.etaLimit());
    }

    @ParameterizedTest(name = "{0} -> error naming {1}")
    @CsvSource(delimiter = '|', value = {
        "kernel=nope            | kernel",
        "n=0                    | n",
        "n=-3                   | n",
        "n=ten                  | n",
        "loss=nope              | loss",
        "analyzers=nope         | analyzers",
        "solver=nope            | solver",
        "bogus=1                | bogus",
        "kernel.c=1             | kernel.c",
        "lightcone.source=1     | lightcone.source",
        "targets=constant       | targets[0]",
        "eta=fast               | eta",
        "eta=-1                 | eta",
        "steps=-1               | steps",
        "name=a b               | name",
        "init.perturbation=1.5  | init.perturbation",
        "graph=torus            | graph",
        "graph.side=3           | graph.side",
        "init.file=/no/such/f   | init.file"})
    void badInputIsRejectedWithTheKeyAndLeavesNoOutput(String override, String subject) throws IOException {
        Map<String, String> spec = spec(override);
        if (override.startsWith("targets=constant")) {
            spec.put("targets.value", "-1");
        }
        assertThatThrownBy(() -> engine.run(spec, Progress.NONE))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).subject()).isEqualTo(subject))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(runFolders()).isEmpty();
    }

    @Test
    void initialPredictionsCanComeFromAFile() throws IOException {
        Path file = Files.writeString(output.resolveSibling(output.getFileName() + "-init.csv"), "f0\n" + "2.5\n".repeat(20));
        engine.run(spec("init.file=" + file), Progress.NONE);
        assertThat(analyzer.seen.get(0).initial()).containsOnly(2.5);
    }

    @Test
    void aNamedSolverThatCannotHandleTheKernelIsRefused() {
        assertThatThrownBy(() -> engine.run(spec("n=60", "solver=small"), Progress.NONE))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("solver: 'small' does not support");
    }

    @Test
    void aFailureWhileWritingLeavesNoFolderNotEvenAPartialOne() throws IOException {
        renderer.fail = true;
        assertThatThrownBy(() -> engine.run(spec(), Progress.NONE)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("disk full");
        assertThat(runFolders()).isEmpty();
    }

    @Test
    void aCancelledRunWritesNothing() throws IOException {
        Progress cancelled = new Progress() {
            @Override public void begin(String task, long total) { }
            @Override public void worked(long units) { }
            @Override public void done() { }
            @Override public boolean isCancelled() { return true; }
        };
        assertThatThrownBy(() -> engine.run(spec(), cancelled)).isInstanceOf(CancellationException.class);
        assertThat(runFolders()).isEmpty();
    }

    @Test
    void aSolverUnregisteredDuringTheRunEndsItCleanlyAndTheNextRunUsesAnother() throws IOException {
        analyzer.hook = e -> engine.removeSolver(small);
        assertThatThrownBy(() -> engine.run(spec(), Progress.NONE)).isInstanceOf(CancellationException.class)
                .hasMessage("solver 'small' went away during the run (its bundle was stopped, updated or uninstalled); nothing was written");
        assertThat(runFolders()).isEmpty();

        analyzer.hook = e -> { };
        assertThat(engine.run(spec(), Progress.NONE).resolved()).containsEntry("solver", "large");
        assertThat(engine.runs().size()).as("no watch outlives its run").isZero();
    }

    @Test
    void aKernelUnregisteredDuringTheRunStopsItAtItsNextProgressCall() throws IOException {
        StencilKernel kernel = new StencilKernel();
        engine.addKernel(kernel, TestProviders.props("other", 0));
        analyzer.hook = e -> engine.removeKernel(kernel);

        assertThatThrownBy(() -> engine.run(spec("kernel=other"), Progress.NONE)).isInstanceOf(CancellationException.class)
                .hasMessage("kernel 'other' went away during the run (its bundle was stopped, updated or uninstalled); nothing was written");
        assertThat(analyzer.pastProgress).as("the analysis went on after its provider had gone").isFalse();
        assertThat(runFolders()).isEmpty();
        assertThat(engine.runs().size()).isZero();
        assertThat(engine.run(spec(), Progress.NONE).outputDirectory()).isDirectory();
    }

    @Test
    void aProviderTheRunDoesNotUseMayComeAndGoDuringIt() {
        analyzer.hook = e -> engine.removeSolver(large);

        assertThat(engine.run(spec(), Progress.NONE).outputDirectory()).isDirectory();
        assertThat(analyzer.pastProgress).isTrue();
    }

    @Test
    void whatARunThrowsOnceItsProviderHasGoneIsReportedAsThatProviderGoing() {
        IllegalStateException deactivated = new IllegalStateException("LoopSolver was deactivated");
        analyzer.hook = e -> {
            engine.removeSolver(small);
            throw deactivated;
        };

        assertThatThrownBy(() -> engine.run(spec(), Progress.NONE)).isInstanceOf(CancellationException.class)
                .hasMessageStartingWith("solver 'small' went away during the run").hasCause(deactivated);
    }
}
