package org.conelab.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.conelab.api.pipeline.PipelineKey;
import org.conelab.api.pipeline.RunReport;
import org.conelab.api.progress.Progress;
import org.conelab.pipeline.TestProviders.LoopSolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the engine does beyond a plain run: without a chart renderer, with a preferred solver
 * for {@code auto} (Config Admin), and the keys it offers for completion and help.
 */
class EngineChoicesTest {

    @TempDir
    Path output;

    private final PipelineEngine engine = new PipelineEngine();

    @BeforeEach
    void register() {
        engine.charts = new TestProviders.BlankRenderer();
        engine.addGraph(new TestProviders.ChainBuilder(), TestProviders.props("chain", 0));
        engine.addLoss(new TestProviders.RatioLoss(), TestProviders.props("ratio", 0));
        engine.addKernel(new TestProviders.StencilKernel(), TestProviders.props("stencil", 0));
        engine.addSolver(new LoopSolver(50), TestProviders.props("small", 50));
        engine.addSolver(new LoopSolver(Integer.MAX_VALUE), TestProviders.props("large", 10));
        engine.addAnalyzer(new TestProviders.RecordingAnalyzer(), TestProviders.props("record", 0));
        TargetGenerators.BUILT_IN.forEach((id, builtIn) -> engine.addTargets(builtIn.generator(), TestProviders.props(id, 0)));
    }

    private RunReport run(String... overrides) {
        Map<String, String> spec = new LinkedHashMap<>(Map.of("name", "unit", "n", "20", "kernel", "stencil", "loss", "ratio",
                "analyzers", "record", "output", output.toString()));
        for (String o : overrides) {
            spec.put(o.substring(0, o.indexOf('=')), o.substring(o.indexOf('=') + 1));
        }
        return engine.run(spec, Progress.NONE);
    }

    @Test
    void withoutAChartRendererARunWritesTablesAndFindingsButNoPngAndWarnsOfIt() throws IOException {
        engine.charts = null;

        RunReport report = run();

        try (Stream<Path> files = Files.list(report.outputDirectory())) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("findings.csv", "record-targets.csv", "report.html")
                    .noneMatch(name -> name.endsWith(".png"));
        }
        assertThat(report.warnings()).containsExactly(PipelineEngine.CHARTS_UNAVAILABLE);
        assertThat(report.summary()).endsWith("warning: " + PipelineEngine.CHARTS_UNAVAILABLE + "\n");
    }

    @Test
    void theReportCarriesTheSummaryThatTheFolderHolds() throws IOException {
        RunReport report = run();

        assertThat(report.summary()).isEqualTo(Files.readString(report.outputDirectory().resolve("summary.txt")))
                .contains("solver   small (auto)");
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void autoTakesThePreferredSolverWhileItSupportsTheKernelAndSaysSo() {
        engine.configure(Map.of("solver", "large", "service.pid", PipelineEngine.PREFERENCES_PID));

        RunReport report = run();

        assertThat(report.resolved()).containsEntry("solver", "large");
        assertThat(report.summary()).contains("solver   large (auto, preferred)");
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void aPreferredSolverThatIsGoneOrCannotServeIsPassedOverWithAWarning() {
        engine.configure(Map.of("solver", "gone"));
        RunReport gone = run();
        assertThat(gone.resolved()).containsEntry("solver", "small");
        assertThat(gone.warnings()).containsExactly("the preferred solver 'gone' is not registered; auto chose by ranking");

        engine.configure(Map.of("solver", "small"));
        RunReport tooLarge = run("n=60");
        assertThat(tooLarge.resolved()).containsEntry("solver", "large");
        assertThat(tooLarge.warnings()).singleElement().asString()
                .startsWith("the preferred solver 'small' does not support a ").endsWith("; auto chose by ranking");
    }

    @Test
    void aNamedSolverIgnoresThePreferenceAndClearingItRestoresTheRanking() {
        engine.configure(Map.of("solver", "large"));
        assertThat(run("solver=small").summary()).contains("solver   small\n");

        engine.configure(Map.of("solver", "auto"));
        assertThat(run().resolved()).containsEntry("solver", "small");
        engine.configure(null);
        assertThat(run().resolved()).containsEntry("solver", "small");
    }

    @Test
    void keysNameTheTopLevelKeysWithTheIdsTheyAcceptThenEverySectionKey() {
        List<PipelineKey> keys = engine.keys();

        assertThat(keys).extracting(PipelineKey::name).startsWith("name", "n", "graph", "kernel")
                .contains("solver", "analyzers", "graph.short", "kernel.b", "targets.sigma", "init.seed", "record.factor")
                .doesNotHaveDuplicates();
        assertThat(choices(keys, "solver")).containsExactly("auto", "small", "large");
        assertThat(choices(keys, "compare")).containsExactly("none", "ratio");
        assertThat(choices(keys, "analyzers")).containsExactly("record");
        assertThat(choices(keys, "targets")).contains("lognormal", "csv");
        assertThat(choices(keys, "n")).isEmpty();
        assertThat(keys.stream().filter(k -> k.name().equals("targets.seed")).findFirst().orElseThrow().description())
                .contains("lognormal: ").contains("uniform: ");
    }

    private static List<String> choices(List<PipelineKey> keys, String name) {
        return keys.stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow().choices();
    }
}
