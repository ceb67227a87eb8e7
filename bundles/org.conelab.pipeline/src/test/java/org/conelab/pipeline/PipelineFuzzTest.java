package org.conelab.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.conelab.api.InvalidInputException;
import org.conelab.api.pipeline.RunReport;
import org.conelab.api.progress.Progress;

/**
 * Property-based fuzzing (jqwik) of what a user gives the platform: pipeline specifications
 * (valid and invalid keys and values mixed), pipeline files (text from fragments of real and
 * broken lines, and raw bytes) and value files (CSV). Every generated input either runs, leaving
 * one complete run folder, or fails with the platform's own {@link InvalidInputException} in one
 * line — never another exception, and never a half-written folder. The try counts
 * ({@value #SPEC_TRIES}, {@value #FILE_TRIES}, {@value #BYTE_TRIES}, {@value #CSV_TRIES}) keep
 * the suite within seconds; the README's Reliability section quotes them.
 */
class PipelineFuzzTest {

    static final int SPEC_TRIES = 400;
    static final int FILE_TRIES = 300;
    static final int BYTE_TRIES = 500;
    static final int CSV_TRIES = 1000;

    private static Path root;
    private static final AtomicInteger TRY = new AtomicInteger();
    /** Generated specifications that ran, and that were refused as bad input: both must occur, or the property proves little. */
    private static final AtomicInteger RAN = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();

    @BeforeContainer
    static void createRoot() throws IOException {
        root = Files.createTempDirectory("conelab-fuzz-");
    }

    @AfterContainer
    static void deleteRoot() throws IOException {
        System.out.printf("PipelineFuzzTest: %d generated specifications ran, %d were refused as bad input%n", RAN.get(),
                REFUSED.get());
        assertThat(RAN.get()).as("generated specifications that ran").isGreaterThan(SPEC_TRIES / 20);
        assertThat(REFUSED.get()).as("generated specifications refused").isGreaterThan(SPEC_TRIES / 10);
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = SPEC_TRIES)
    void everySpecificationRunsOrIsBadInputAndNothingIsHalfWritten(@ForAll("specifications") Map<String, String> spec) {
        runsOrIsRefused(spec);
    }

    @Property(tries = FILE_TRIES)
    void everyPipelineFileReadsAndRunsOrIsBadInput(@ForAll("pipelineTexts") String text) {
        Path file = write("p.properties", text.getBytes(StandardCharsets.UTF_8));
        Map<String, String> spec;
        try {
            spec = new PipelineFileReader().read(file);
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return;
        }
        runsOrIsRefused(spec);
    }

    @Property(tries = BYTE_TRIES)
    void everyByteSequenceReadsOrIsBadInput(@ForAll byte[] content) {
        Path file = write("p.properties", content);
        try {
            assertThat(new PipelineFileReader().read(file)).isNotNull();
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(400);
        }
    }

    @Property(tries = CSV_TRIES)
    void everyValueFileReadsOrIsBadInput(@ForAll("csvTexts") String text, @ForAll("sizes") int n) {
        Path file = write("y.csv", text.getBytes(StandardCharsets.UTF_8));
        try {
            double[] values = ValueFile.read("targets.file", file.toString(), n, true);
            assertThat(values).hasSize(n);
            assertThat(java.util.Arrays.stream(values)).allMatch(v -> Double.isFinite(v) && v > 0);
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).startsWith("targets.file").doesNotContain("\n");
        }
    }

    /** Runs {@code spec} into a fresh folder: a complete run folder, or bad input and an empty folder. */
    private static void runsOrIsRefused(Map<String, String> spec) {
        Path output = root.resolve("run-" + TRY.incrementAndGet());
        EngineFixture fixture = new EngineFixture(output);
        Map<String, String> withOutput = new LinkedHashMap<>(spec);
        withOutput.put("output", output.toString());
        withOutput.put("stage.timeout", "30");
        try {
            RunReport report = fixture.engine.run(withOutput, Progress.NONE);
            assertThat(report.outputDirectory().resolve("summary.txt")).isRegularFile();
            assertThat(uncheckedEntries(fixture)).containsExactly(report.outputDirectory());
            RAN.incrementAndGet();
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            assertThat(uncheckedEntries(fixture)).as("nothing written after: %s", e.getMessage()).isEmpty();
            REFUSED.incrementAndGet();
        }
    }

    @Provide
    Arbitrary<Map<String, String>> specifications() {
        Arbitrary<Map.Entry<String, String>> entry = Combinators.combine(keys(), Arbitraries.integers().between(0, 99))
                .flatAs((key, roll) -> value(key, roll).map(v -> Map.entry(key, v)));
        return entry.list().ofMinSize(0).ofMaxSize(8).map(entries -> {
            Map<String, String> spec = new LinkedHashMap<>(Map.of("name", "fuzz", "n", "12", "kernel", "stencil", "loss", "ratio",
                    "analyzers", "record"));
            entries.forEach(e -> spec.put(e.getKey(), e.getValue()));
            return spec;
        });
    }

    @Provide
    Arbitrary<String> pipelineTexts() {
        Arbitrary<String> line = Arbitraries.oneOf(
                specifications().map(spec -> {
                    StringBuilder lines = new StringBuilder();
                    spec.forEach((k, v) -> lines.append(k).append(" = ").append(v).append('\n'));
                    return lines.toString();
                }),
                Arbitraries.of("# comment", "! comment", "", "   ", "name = x", "name = y", "n = 5 # five", "n: 7", "n 9", "kernel=stencil",
                        "= 3", "\\", "a = b \\", "key\\u00", "k\\u0041y = 1", "é = 1", "output = ../..", "targets.file = /etc/passwd",
                        "targets.file = ../y.csv", "graph.file = x\u0000", "\ufeffname = bom", "line\r", "a=b=c", "kernel.a = 1e309"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30));
        return line.list().ofMaxSize(15).map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<String> csvTexts() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.doubles().between(-10, 1e6).map(Object::toString),
                Arbitraries.of("", "# c", "y", "target,other", "NaN", "nan", "Infinity", "-Infinity", "0", "-0", "1e400", "1e-400",
                        "1;2", "1\t2", "2,3", " 4 ", "0x10", "1_000", "١", "\u0000", "1,", ",1"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12));
        return line.list().ofMaxSize(12).map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<Integer> sizes() {
        return Arbitraries.integers().between(1, 8);
    }

    private static Arbitrary<String> keys() {
        return Arbitraries.of("name", "n", "graph", "kernel", "targets", "loss", "compare", "solver", "eta", "steps", "analyzers",
                "kernel_scaling", "kernel.a", "kernel.b", "targets.value", "targets.low", "targets.high", "targets.mu", "targets.sigma",
                "targets.seed", "targets.phi", "targets.block", "targets.jitter", "init.perturbation", "init.seed", "record.factor",
                "stage.timeout", "bogus", "kernel.", ".a", "graph.short", "targets.file", "init.file", "loss.c", "compare.c");
    }

    /** Mostly values that make sense for the key (so runs happen), the rest anything. */
    private static Arbitrary<String> value(String key, int roll) {
        if (roll < 6) {
            return Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(10);
        }
        if (roll < 12) {
            return Arbitraries.of("-1", "0", "1", "1e309", "NaN", "-Infinity", "2147483648", "0.5", "", " ", "auto", "none", "1e-320");
        }
        return switch (key) {
            case "n" -> Arbitraries.integers().between(1, 200).map(String::valueOf);
            case "steps" -> Arbitraries.integers().between(0, 50).map(String::valueOf);
            case "kernel" -> Arbitraries.of("stencil", "stencl");
            case "loss", "compare" -> Arbitraries.of("ratio", "square", "none");
            case "solver" -> Arbitraries.of("auto", "small");
            case "targets" -> Arbitraries.of(TargetGenerators.BUILT_IN.keySet().toArray(String[]::new));
            case "eta" -> Arbitraries.of("0.5 stable", "0.1", "1.9 stable", "stable", "0.5 stabl");
            case "analyzers" -> Arbitraries.of("record", "record, record", ",", "record,nope");
            case "kernel_scaling" -> Arbitraries.of("none", "targets");
            case "kernel.a" -> Arbitraries.doubles().between(0.5, 3).map(Object::toString);
            case "kernel.b" -> Arbitraries.doubles().between(-1, 1).map(Object::toString);
            default -> Arbitraries.doubles().between(-2, 5).map(Object::toString);
        };
    }

    private static Path write(String name, byte[] content) {
        try {
            Path folder = Files.createDirectories(root.resolve("files-" + TRY.incrementAndGet()));
            return Files.write(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> uncheckedEntries(EngineFixture fixture) {
        try {
            return fixture.entries();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
