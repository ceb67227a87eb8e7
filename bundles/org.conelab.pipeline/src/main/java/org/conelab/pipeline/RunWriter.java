package org.conelab.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Training;
import org.conelab.api.solver.SpectrumBounds;
import org.conelab.api.analysis.Table;
import org.conelab.api.chart.ChartRenderer;
import org.conelab.api.chart.ChartSpec;
import org.conelab.api.matrix.SymmetricMatrix;

/**
 * Writes a run's folder atomically: everything goes into a hidden partial folder beside the
 * target, which is renamed into place only when complete, and deleted on any failure. So a
 * failed or cancelled run leaves nothing behind.
 *
 * <p>Contents: {@code findings.csv}, {@code training.csv}, {@code summary.txt},
 * {@code <analyzer>-<table>.csv}, {@code <analyzer>-<chart>.png} (when a renderer is given), {@code report.html},
 * {@code pipeline.properties}, {@code provenance.properties}, {@code inputs.csv} (see
 * {@link InputsCsv}) and, when small enough, {@code kernel.mtx} (see {@link MatrixMarket}).
 */
final class RunWriter {

    static final int CHART_WIDTH = 1000;
    static final int CHART_HEIGHT = 700;

    private final ChartRenderer renderer;

    /** @param renderer the chart renderer, or null to write no PNG (tables, findings and the page still) */
    RunWriter(ChartRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * @param target the run folder to create; must not exist
     * @param summary the text of {@code summary.txt}
     * @param run the prepared run: its resolved specification, experiment (inputs, kernel) and trainings
     * @param provenance what computed the run, for {@code provenance.properties}
     * @param outcomes every analyzer's result
     * @return {@code target}, complete
     */
    Path write(Path target, String summary, PreparedRun run, Map<String, String> provenance, List<AnalyzerOutcome> outcomes) {
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        try {
            Files.createDirectories(partial);
            List<ChartFiles.Png> charts = new ArrayList<>();
            writeText(partial.resolve("findings.csv"), findingsCsv(outcomes));
            writeText(partial.resolve("training.csv"), trainingCsv(run.experiment().trainings()));
            writeText(partial.resolve("summary.txt"), summary);
            writeText(partial.resolve("pipeline.properties"), ResolvedProperties.format(run.resolved()));
            String kernelFile = writeInputs(partial, run);
            Map<String, String> recorded = new java.util.LinkedHashMap<>(provenance);
            recorded.put("kernel_file", kernelFile);
            writeText(partial.resolve("provenance.properties"), ResolvedProperties.format(PROVENANCE_HEADER, recorded));
            for (AnalyzerOutcome outcome : outcomes) {
                for (Table table : outcome.result().tables()) {
                    writeText(partial.resolve(outcome.id() + "-" + table.name() + ".csv"), tableCsv(table));
                }
                for (ChartSpec chart : renderer == null ? List.<ChartSpec>of() : outcome.result().charts()) {
                    charts.add(new ChartFiles.Png(outcome.id() + "-" + chart.name() + ".png", chart));
                }
            }
            if (!charts.isEmpty()) {
                ChartFiles.write(renderer, charts, CHART_WIDTH, CHART_HEIGHT, partial);
            }
            writeText(partial.resolve("report.html"), ReportPage.html(target.getFileName().toString(), summary,
                    charts.stream().map(ChartFiles.Png::file).toList()));
            move(partial, target);
            return target;
        } catch (IOException e) {
            deleteTree(partial);
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            deleteTree(partial);
            throw e;
        }
    }

    private static final String PROVENANCE_HEADER = "conelab provenance: the bundles, checkout, JVM, machine and seeds of this run";

    /**
     * Writes {@code inputs.csv} and, unless the kernel is too large, {@code kernel.mtx}.
     *
     * @return {@code kernel.mtx}, or why it was not written
     */
    private static String writeInputs(Path folder, PreparedRun run) throws IOException {
        try (Writer out = Files.newBufferedWriter(folder.resolve("inputs.csv"), StandardCharsets.UTF_8)) {
            InputsCsv.write(run.experiment(), out);
        }
        SymmetricMatrix kernel = run.experiment().kernel().matrix();
        // the order alone rules out large kernels before their non-zeros are counted
        long entries = kernel.size() > MatrixMarket.MAX_ORDER ? 0 : MatrixMarket.lowerNonZeros(kernel);
        String tooLarge = MatrixMarket.notWrittenBecause(kernel.size(), entries);
        if (tooLarge != null) {
            return "not written: " + tooLarge;
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve("kernel.mtx"), StandardCharsets.UTF_8)) {
            MatrixMarket.write(kernel, entries, "conelab kernel K of run " + run.spec().name() + " (" + run.resolved().get("kernel")
                    + ", kernel_scaling = " + run.resolved().getOrDefault(TargetScaledKernel.KEY, TargetScaledKernel.NONE)
                    + "): the K of e_{t+1} = (I - eta K W) e_t", out);
        }
        return "kernel.mtx";
    }

    /** The columns of {@code training.csv}: per loss, η and the spectrum of S it was resolved against, at full precision. */
    static final String TRAINING_HEADER = "loss,eta,eta_limit,lambda_min,lambda_min_tolerance,lambda_max,lambda_max_tolerance,"
            + "condition_number,spectral_radius";

    static String trainingCsv(List<Training> trainings) {
        StringBuilder csv = new StringBuilder(TRAINING_HEADER).append('\n');
        for (Training t : trainings) {
            SpectrumBounds s = t.spectrum();
            csv.append(String.join(",", t.lossId(), Numbers.format(t.eta()), Numbers.format(t.etaLimit()), Numbers.format(s.min()),
                    Numbers.format(s.minTolerance()), Numbers.format(s.max()), Numbers.format(s.maxTolerance()),
                    Numbers.format(s.conditionNumber()), Numbers.format(t.spectralRadius()))).append('\n');
        }
        return csv.toString();
    }

    /** The columns of {@code findings.csv}. */
    static final String FINDINGS_HEADER = "analyzer,finding,measured,expected,tolerance,unit,verdict,coverage,method";

    static String findingsCsv(List<AnalyzerOutcome> outcomes) {
        StringBuilder csv = new StringBuilder(FINDINGS_HEADER).append('\n');
        for (AnalyzerOutcome outcome : outcomes) {
            for (Finding f : outcome.result().findings()) {
                csv.append(String.join(",", outcome.id(), f.name(), Numbers.format(f.measured()), Numbers.format(f.expected()),
                        Numbers.format(f.tolerance()), quoted(f.unit()), f.verdict().label(), f.coverage().label(),
                        quoted(f.method()))).append('\n');
            }
        }
        return csv.toString();
    }

    /** @return the field as RFC 4180 CSV: quoted (quotes doubled) when it holds a comma, quote or line break */
    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    static String tableCsv(Table table) {
        StringBuilder csv = new StringBuilder(String.join(",", table.columns())).append('\n');
        for (double[] row : table.rows()) {
            for (int c = 0; c < row.length; c++) {
                csv.append(c == 0 ? "" : ",").append(Numbers.format(row[c]));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static void writeText(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void move(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: the partial folder is hidden and named as such
        }
    }
}
