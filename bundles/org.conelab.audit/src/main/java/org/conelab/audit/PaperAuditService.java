package org.conelab.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.conelab.api.InvalidInputException;
import org.conelab.api.audit.AuditReport;
import org.conelab.api.audit.ClaimVerdict;
import org.conelab.api.audit.PaperAudit;
import org.conelab.api.loss.Loss;
import org.conelab.api.pipeline.PipelineRunner;
import org.conelab.api.pipeline.RunReport;
import org.conelab.api.progress.Progress;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The paper audit: every {@code *.properties} file of the pipelines folder is run, in name
 * order, with {@code name} set to the file's name and {@code output} set to the audit's partial
 * folder, so the runs' folders end up inside {@code paper-<timestamp>/}; then the claims of
 * {@link PaperClaims} are decided from the runs' {@code findings.csv} and the page is written.
 */
@Component(service = PaperAudit.class, property = "conelab.id=paper")
public final class PaperAuditService implements PaperAudit {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile PipelineRunner runner;

    @Reference(target = "(conelab.id=is)", policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile Loss isLoss;

    @Override
    public AuditReport audit(Path pipelines, Path output, Progress progress) {
        List<Path> files = pipelineFiles(pipelines);
        long started = System.nanoTime();
        String stamp = LocalDateTime.now().format(STAMP);
        Path target = output.resolve("paper-" + stamp);
        Path partial = output.resolve(".paper-" + stamp + ".partial");
        try {
            Files.createDirectories(partial);
            List<FindingRow> rows = new ArrayList<>();
            List<RunSummary> runs = new ArrayList<>();
            for (Path file : files) {
                if (progress.isCancelled()) {
                    throw new CancellationException("the audit was cancelled");
                }
                String name = file.getFileName().toString().replaceFirst("\\.properties$", "");
                Map<String, String> spec = new LinkedHashMap<>(PipelineFile.read(file));
                spec.put("name", name);
                spec.put("output", partial.toString());
                long t0 = System.nanoTime();
                RunReport report = runner.run(spec, progress);
                Path folder = report.outputDirectory();
                String link = folder.getFileName() + "/findings.csv";
                rows.addAll(FindingsCsv.read(folder.resolve("findings.csv"), name, link));
                runs.add(new RunSummary(name, folder.getFileName().toString(), file.getFileName().toString(),
                        pngs(folder), Duration.ofNanos(System.nanoTime() - t0), report.resolved()));
            }
            List<FindingRow> own = CurvatureCheck.rows(isLoss);
            FindingsCsv.write(partial.resolve(CurvatureCheck.CSV), own);
            rows.addAll(own);

            Map<String, ClaimVerdict> verdicts = new LinkedHashMap<>();
            List<ReportPage.Section> sections = new ArrayList<>();
            for (Claim claim : PaperClaims.all()) {
                Decision decision = Decision.of(claim, rows);
                verdicts.put(claim.id(), decision.verdict());
                sections.add(new ReportPage.Section(claim, decision));
            }
            int failed = (int) rows.stream().filter(FindingRow::fails).count();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            VerdictsCsv.write(partial.resolve("verdicts.csv"), sections);
            Files.writeString(partial.resolve("report.html"),
                    ReportPage.render(sections, runs, stamp, took, pipelines.toString()), StandardCharsets.UTF_8);
            moveIntoPlace(partial, target);
            return new AuditReport(target, verdicts, failed);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException("cannot write the audit under " + output + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    /** One run of the audit, for the page. */
    record RunSummary(String name, String folder, String file, List<String> charts, Duration took, Map<String, String> resolved) {
    }

    private static List<Path> pipelineFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(folder.toString(), "no such folder of pipelines");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> list = files.filter(f -> f.getFileName().toString().endsWith(".properties")).sorted().toList();
            if (list.isEmpty()) {
                throw new InvalidInputException(folder.toString(), "holds no .properties pipeline");
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static List<String> pngs(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".png")).sorted().toList();
        }
    }

    private static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // the partial folder is hidden; what could not be deleted stays hidden
        }
    }
}
