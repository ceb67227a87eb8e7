package org.conelab.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.conelab.api.analysis.AnalysisResult;
import org.conelab.api.analysis.Analyzer;
import org.conelab.api.analysis.Experiment;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Table;
import org.conelab.api.analysis.Verdict;
import org.conelab.api.graph.Chain;
import org.conelab.api.graph.Graph;
import org.conelab.api.graph.GraphBuilder;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.kernel.KernelGenerator;
import org.conelab.api.kernel.Locality;
import org.conelab.api.loss.Loss;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.pipeline.RunReport;
import org.conelab.api.progress.Progress;
import org.conelab.api.targets.TargetGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Faulty extensions planted in the engine: analyzers, kernels, losses, graph builders and target
 * generators that throw, return NaN, null or wrong-sized arrays, or never return. None takes the
 * engine down: a faulty analyzer's stage fails with a message naming it, the run's findings record
 * it and the other analyzers still report; any other faulty provider ends its run with one line
 * naming it, and nothing is written. After every fault the engine runs the next pipeline.
 */
class FaultyProvidersTest {

    /** The limit of the stages that never return, in seconds. */
    static final String SHORT_TIMEOUT = "stage.timeout=0.3";

    @TempDir
    Path output;
    private EngineFixture fixture;
    /** Released after each test, so that the providers that ignore interrupts end. */
    private final CountDownLatch release = new CountDownLatch(1);

    /** A fault an analyzer can have. */
    enum AnalyzerFault {
        THROWS("analyzer 'faulty' failed in analyze: IllegalStateException: boom from faulty"),
        RETURNS_NULL("analyzer 'faulty' returned no result (null) from analyze"),
        WRONG_SIZED_TABLE("analyzer 'faulty' failed in analyze: IllegalArgumentException: table t row 0 has 3 values for 2 columns"),
        NEVER_RETURNS("analyzer 'faulty' did not return from analyze within 0.300 s (stage.timeout); the stage was interrupted"),
        STACK_OVERFLOW("analyzer 'faulty' failed in analyze: StackOverflowError");

        final String message;

        AnalyzerFault(String message) {
            this.message = message;
        }
    }

    @AfterEach
    void releaseHangingProviders() {
        release.countDown();
    }

    private EngineFixture fixture() {
        if (fixture == null) {
            fixture = new EngineFixture(output);
        }
        return fixture;
    }

    @ParameterizedTest
    @EnumSource(AnalyzerFault.class)
    void aFaultyAnalyzerFailsItsStageNamedInTheFindingsAndTheOthersStillReport(AnalyzerFault fault) throws IOException {
        fixture().engine.addAnalyzer(faultyAnalyzer(fault), TestProviders.props("faulty", 0));

        RunReport report = fixture().engine.run(fixture().spec("analyzers=faulty, record", SHORT_TIMEOUT), Progress.NONE);

        assertThat(report.findings().get("record")).as("the other analyzer reported").hasSize(1);
        Finding failed = report.findings().get("faulty").get(0);
        assertThat(failed.name()).isEqualTo(AnalyzerOutcome.FAILED);
        assertThat(failed.verdict()).isEqualTo(Verdict.NOT_MEASURABLE);
        assertThat(failed.method()).isEqualTo(fault.message);
        assertThat(report.warnings()).contains(fault.message + "; its findings are missing from this run");
        assertThat(Files.readString(report.outputDirectory().resolve("findings.csv"))).contains("faulty,stage_failed,");
        assertThat(Files.readString(report.outputDirectory().resolve("summary.txt"))).contains(fault.message);
        assertTheEngineRunsTheNextPipeline();
    }

    @Test
    void aKernelThatThrowsEndsTheRunNamingIt() throws IOException {
        kernel(g -> {
            throw new IllegalStateException("boom from faulty");
        });
        refused("kernel=faulty").hasMessage("kernel 'faulty' failed in generate: IllegalStateException: boom from faulty")
                .hasRootCauseMessage("boom from faulty");
    }

    @Test
    void aKernelThatNeverReturnsOverrunsStageTimeout() throws IOException {
        kernel(g -> hang());
        refused("kernel=faulty", SHORT_TIMEOUT)
                .hasMessage("kernel 'faulty' did not return from generate within 0.300 s (stage.timeout); the stage was interrupted");
    }

    @Test
    void aKernelReturningNullOrNaNIsNamed() throws IOException {
        kernel(g -> null);
        refused("kernel=faulty").hasMessage("kernel 'faulty' returned no kernel (null) from generate");
        fixture().engine.addKernel(kernelOf(g -> new Kernel(new StencilMatrix(g.size(), new double[] {Double.NaN, 0.1}), Locality.range(1),
                Map.of())), TestProviders.props("nan", 0));
        fixture().refuses(fixture().spec("kernel=nan"), InvalidInputException.class)
                .hasMessage("kernel: 'nan' returned stencil coefficient 0 = NaN, not a finite number");
        assertTheEngineRunsTheNextPipeline();
    }

    @Test
    void aGraphBuilderThatThrowsReturnsNullOrTheWrongSizeIsNamed() throws IOException {
        graph(n -> {
            throw new ArrayIndexOutOfBoundsException("Index 7 out of bounds for length 7");
        });
        refused("graph=faulty").hasMessage("graph 'faulty' failed in build: ArrayIndexOutOfBoundsException: Index 7 out of bounds for length 7");
        graph(n -> null);
        refused("graph=faulty").hasMessage("graph 'faulty' returned no graph (null) from build for n = 20");
        graph(n -> new Chain(n + 1));
        refused("graph=faulty").hasMessage("graph 'faulty' returned a graph of 21 nodes from build for n = 20");
    }

    @Test
    void aLossThatThrowsOrReturnsNaNIsNamed() throws IOException {
        loss(new TestProviders.RatioLoss() {
            @Override public Loss configure(Parameters p) {
                throw new UnsupportedOperationException("not configurable");
            }
        });
        refused("loss=faulty").hasMessage("loss 'faulty' failed in configure: UnsupportedOperationException: not configurable");
        loss(new TestProviders.RatioLoss() {
            @Override public double gradient(double y, double f) {
                return Double.NaN;
            }
        });
        refused("loss=faulty").hasMessageStartingWith("loss 'faulty' returned l = ").hasMessageContaining("∂l/∂f = NaN");
        loss(new TestProviders.RatioLoss() {
            @Override public double curvature(double y, double f) {
                return Double.NaN;
            }
        });
        fixture().refuses(fixture().spec("loss=faulty"), InvalidInputException.class)
                .hasMessageStartingWith("targets[0]: the curvature of faulty at y = ").hasMessageEndingWith("is NaN, not a positive finite weight");
    }

    @Test
    void aTargetGeneratorReturningNaNOrTheWrongLengthIsNamed() throws IOException {
        targets(n -> new double[n - 1]);
        refused("targets=faulty").hasMessage("target generator 'faulty' returned 19 targets for n = 20");
        targets(n -> {
            double[] y = new double[n];
            java.util.Arrays.fill(y, 1);
            y[3] = Double.POSITIVE_INFINITY;
            return y;
        });
        refused("targets=faulty").hasMessage("target generator 'faulty' returned targets[3] = Infinity, not a finite number");
        targets(n -> {
            throw new NullPointerException();
        });
        refused("targets=faulty").hasMessage("target generator 'faulty' failed in generate: NullPointerException");
    }

    private org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> refused(String... overrides) throws IOException {
        var thrown = fixture().refuses(fixture().spec(overrides), ProviderFault.class);
        assertTheEngineRunsTheNextPipeline();
        return thrown;
    }

    private void assertTheEngineRunsTheNextPipeline() {
        assertThat(fixture().engine.run(fixture().spec(), Progress.NONE).outputDirectory()).isDirectory();
    }

    private Analyzer faultyAnalyzer(AnalyzerFault fault) {
        return analyzer(e -> switch (fault) {
            case THROWS -> throw new IllegalStateException("boom from faulty");
            case RETURNS_NULL -> null;
            case WRONG_SIZED_TABLE -> new AnalysisResult(List.of(), List.of(new Table("t", List.of("a", "b"),
                    List.of(new double[] {1, 2, 3}))), List.of());
            case NEVER_RETURNS -> hang();
            case STACK_OVERFLOW -> recurse(e);
        });
    }

    private static AnalysisResult recurse(Experiment e) {
        return recurse(e);
    }

    /** Waits for the end of the test, ignoring interrupts: a provider that never returns. */
    private <T> T hang() {
        while (release.getCount() > 0) {
            try {
                release.await();
            } catch (InterruptedException ignored) {
                // a provider that ignores the stage's interrupt
            }
        }
        return null;
    }

    private static Analyzer analyzer(Function<Experiment, AnalysisResult> analyze) {
        return new Analyzer() {
            @Override public List<ParameterSpec> parameters() {
                return List.of();
            }
            @Override public AnalysisResult analyze(Experiment e, Parameters p, Progress progress) {
                return analyze.apply(e);
            }
        };
    }

    private void kernel(Function<Graph, Kernel> generate) {
        fixture().engine.addKernel(kernelOf(generate), TestProviders.props("faulty", 100 + ranking++));
    }

    private int ranking;

    private static KernelGenerator kernelOf(Function<Graph, Kernel> generate) {
        return new KernelGenerator() {
            @Override public List<ParameterSpec> parameters() {
                return List.of();
            }
            @Override public Kernel generate(Graph graph, Parameters p) {
                return generate.apply(graph);
            }
        };
    }

    private void graph(Function<Integer, Graph> build) {
        fixture().engine.addGraph(new GraphBuilder() {
            @Override public List<ParameterSpec> parameters() {
                return List.of();
            }
            @Override public Graph build(int n, Parameters p) {
                return build.apply(n);
            }
        }, TestProviders.props("faulty", 100 + ranking++));
    }

    private void loss(Loss loss) {
        fixture().engine.addLoss(loss, TestProviders.props("faulty", 100 + ranking++));
    }

    private void targets(Function<Integer, double[]> generate) {
        fixture().engine.addTargets(new TargetGenerator() {
            @Override public List<ParameterSpec> parameters() {
                return List.of();
            }
            @Override public double[] generate(int n, Parameters p) {
                return generate.apply(n);
            }
        }, TestProviders.props("faulty", 100 + ranking++));
    }
}
