package org.conelab.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.conelab.api.progress.Progress;

/**
 * A pipeline engine with the minimal {@link TestProviders} registered (graph {@code chain}, losses
 * {@code ratio} and {@code square}, kernel {@code stencil}, solver {@code small}, analyzer
 * {@code record}, the built-in targets) writing into one folder, and the check every bad input and
 * every failed run must pass: one line, and nothing left in the folder.
 */
final class EngineFixture {

    final PipelineEngine engine = new PipelineEngine();
    final TestProviders.RecordingAnalyzer analyzer = new TestProviders.RecordingAnalyzer();
    final Path output;

    EngineFixture(Path output) {
        this.output = output;
        engine.charts = new TestProviders.BlankRenderer();
        engine.addGraph(new TestProviders.ChainBuilder(), TestProviders.props("chain", 0));
        engine.addLoss(new TestProviders.RatioLoss(), TestProviders.props("ratio", 0));
        engine.addLoss(new TestProviders.ScaledSquareLoss(1.0), TestProviders.props("square", 0));
        engine.addKernel(new TestProviders.StencilKernel(), TestProviders.props("stencil", 0));
        engine.addSolver(new TestProviders.LoopSolver(Integer.MAX_VALUE), TestProviders.props("small", 0));
        engine.addAnalyzer(analyzer, TestProviders.props("record", 0));
        TargetGenerators.BUILT_IN.forEach((id, builtIn) -> engine.addTargets(builtIn.generator(), TestProviders.props(id, 0)));
    }

    /** @return a small valid specification (n = 20) into this fixture's folder, with overrides as {@link #spec(Path, String...)} */
    Map<String, String> spec(String... overrides) {
        return spec(output, overrides);
    }

    /**
     * @param output the folder that receives the run
     * @param overrides {@code key=value} pairs that replace or add keys; {@code key=} removes a key
     * @return a small valid specification: chain of n = 20, kernel {@code stencil}, loss {@code ratio}, analyzer {@code record}
     */
    static Map<String, String> spec(Path output, String... overrides) {
        Map<String, String> spec = new LinkedHashMap<>();
        spec.put("name", "unit");
        spec.put("n", "20");
        spec.put("kernel", "stencil");
        spec.put("loss", "ratio");
        spec.put("analyzers", "record");
        spec.put("output", output.toString());
        for (String o : overrides) {
            String key = o.substring(0, o.indexOf('='));
            String value = o.substring(o.indexOf('=') + 1);
            if (value.isEmpty()) {
                spec.remove(key);
            } else {
                spec.put(key, value);
            }
        }
        return spec;
    }

    /** @return everything in the output folder, hidden entries included */
    List<Path> entries() throws IOException {
        if (!Files.exists(output)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(output)) {
            return files.toList();
        }
    }

    /**
     * Runs {@code spec}, which must fail with {@code type}; the message must be one line and the
     * output folder must hold nothing new.
     *
     * @return the assertion on the exception, for its message
     */
    AbstractThrowableAssert<?, ? extends Throwable> refuses(Map<String, String> spec, Class<? extends Throwable> type)
            throws IOException {
        List<Path> before = entries();
        AbstractThrowableAssert<?, ? extends Throwable> thrown = assertThatThrownBy(() -> engine.run(spec, Progress.NONE))
                .isInstanceOf(type);
        thrown.message().doesNotContain("\n");
        assertThat(entries()).as("no run folder, no hidden partial folder").isEqualTo(before);
        return thrown;
    }
}
