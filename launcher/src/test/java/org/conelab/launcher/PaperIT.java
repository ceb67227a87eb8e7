package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code conelab paper --fail-on-fails} end to end on the real platform: the audit of
 * examples/paper writes one complete {@code paper-<timestamp>/} folder (runs inside, nothing
 * partial left), its report has every claim's section with a verdict, every cited row exists at
 * the cited line of the cited CSV with the same analyzer, finding and verdict, every chart exists,
 * and the exit status is 3 exactly when a finding fails; and three figures the report cites are
 * recomputed from their runs' own {@code inputs.csv}, {@code kernel.mtx} and {@code training.csv}
 * outside the platform. The audit runs once for all the tests.
 */
class PaperIT {

    /** The claims' section ids, in report order (org.conelab.audit.PaperClaims). */
    static final List<String> SECTIONS = List.of("light-cone", "lemma-2", "local-expansion", "curvature", "conditioning",
            "sweep", "scale-invariance", "theorem-11", "mass-eq4", "greens-eq6", "limits-eq7", "massless-eq12", "lieb-robinson", "example-14", "example-14-lambda-max", "robustness");
    static final List<String> VERDICTS = List.of("holds", "holds under stated conditions", "does not hold", "not measurable");

    private static final Pattern SECTION = Pattern.compile("<section class=\"claim\" id=\"([^\"]+)\" data-verdict=\"([^\"]+)\">");
    private static final Pattern ROW = Pattern.compile(
            "<tr data-csv=\"([^\"]+)\" data-line=\"(\\d+)\" data-analyzer=\"([^\"]*)\" data-finding=\"([^\"]*)\">.*?<span class=\"badge [a-z]+\">([^<]*)</span>");
    private static final Pattern IMAGE = Pattern.compile("<img src=\"([^\"]+)\"");

    @TempDir
    static Path auditOutput;
    @TempDir
    static Path auditLoad;
    private static int status;
    private static String auditOut;
    private static String auditErr;

    @TempDir
    Path output;
    @TempDir
    Path load;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void runTheAudit() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long started = System.nanoTime();
        status = Main.run(TestDistribution.withLoadDirectory(auditLoad),
                new String[] {"paper", pipelines().toString(), "output=" + auditOutput, "--fail-on-fails"},
                TestDistribution.printStream(out), TestDistribution.printStream(err));
        double seconds = (System.nanoTime() - started) / 1e9;
        auditOut = TestDistribution.text(out);
        auditErr = TestDistribution.text(err);
        System.out.printf("PaperIT: the audit took %.1f s%n", seconds);
    }

    private static Path audit() throws IOException {
        assertThat(status).as("stderr: %s", auditErr).isIn(Main.OK, Main.FINDINGS_FAIL);
        List<Path> folders;
        try (Stream<Path> entries = Files.list(auditOutput)) {
            folders = entries.toList();
        }
        assertThat(folders).as("one audit folder, nothing partial").singleElement()
                .satisfies(f -> assertThat(f.getFileName().toString()).startsWith("paper-"));
        return folders.get(0);
    }

    @Test
    void writesAReportWithAMeasuredVerdictForEveryClaimCitingRowsThatExist() throws IOException {
        Path audit = audit();
        String html = Files.readString(audit.resolve("report.html"));

        List<String> ids = new ArrayList<>();
        Matcher section = SECTION.matcher(html);
        while (section.find()) {
            ids.add(section.group(1));
            assertThat(VERDICTS).as("verdict of %s", section.group(1)).contains(section.group(2));
        }
        assertThat(ids).containsExactlyElementsOf(SECTIONS);
        for (String id : SECTIONS) {
            assertThat(html).as("summary link").contains("href=\"#" + id + "\"");
        }

        Matcher row = ROW.matcher(html);
        int cited = 0;
        while (row.find()) {
            Path csv = audit.resolve(row.group(1));
            assertThat(csv).as("cited CSV").isRegularFile();
            List<String> lines = Files.readAllLines(csv);
            int line = Integer.parseInt(row.group(2));
            assertThat(line).isBetween(2, lines.size());
            List<String> cells = FindingsCsv.fields(lines.get(line - 1));
            assertThat(cells.get(0)).as("%s:%d analyzer", csv, line).isEqualTo(unescape(row.group(3)));
            assertThat(cells.get(1)).as("%s:%d finding", csv, line).isEqualTo(unescape(row.group(4)));
            assertThat(cells.get(6)).as("%s:%d verdict", csv, line).isEqualTo(unescape(row.group(5)));
            cited++;
        }
        assertThat(cited).isGreaterThan(SECTIONS.size());

        Matcher image = IMAGE.matcher(html);
        int images = 0;
        while (image.find()) {
            assertThat(audit.resolve(image.group(1))).isRegularFile();
            images++;
        }
        assertThat(images).isPositive();

        int failed = 0;
        try (Stream<Path> files = Files.walk(audit, 2)) {
            for (Path csv : files.filter(f -> f.getFileName().toString().endsWith("findings.csv")).toList()) {
                for (Map<String, String> r : FindingsCsv.read(csv)) {
                    failed += "fails".equals(r.get("verdict")) ? 1 : 0;
                }
            }
        }
        assertThat(status).as("--fail-on-fails with %d failing findings", failed).isEqualTo(failed > 0 ? Main.FINDINGS_FAIL : Main.OK);
        assertThat(auditOut).contains("light-cone", "report: ");
        inBrowser(audit);
    }

    /**
     * Three figures of the report (§11's kappa_ratio and §14's lambda_max_ratio of run
     * spectrum-plain; the §14 example's training stable factor of run paper-example), recomputed
     * from the run's own files alone: K from kernel.mtx, y and f₀ from inputs.csv, η from
     * training.csv; W = diag(1/y²) for IS (the curvature of the IS loss at f = y) and I for MSE;
     * eigenvalues by Jacobi, the trajectory e_{t+1} = e_t − ηK(w∘e_t) by a plain loop.
     */
    @Test
    void threeFiguresOfTheReportRecomputedFromTheirRunsOwnFilesAgree() throws IOException {
        Path audit = audit();
        String html = Files.readString(audit.resolve("report.html"));

        RunFiles plain = new RunFiles(citedRunFolder(audit, html, "spectrum-plain", "kappa_ratio"));
        double[][] k = plain.kernel();
        double[] y = plain.inputs("target");
        double[] isWeights = java.util.Arrays.stream(y).map(v -> 1.0 / (v * v)).toArray();
        double[] is = JacobiEigenvalues.of(RunFiles.symmetrised(k, isWeights));
        double[] mse = JacobiEigenvalues.of(k);
        double kappaRatio = (is[is.length - 1] / is[0]) / (mse[mse.length - 1] / mse[0]);
        double lambdaMaxRatio = is[is.length - 1] / mse[mse.length - 1];
        assertThat(kappaRatio).as("kappa_ratio recomputed").isCloseTo(cited(audit, html, "spectrum-plain", "spectrum", "kappa_ratio"),
                org.assertj.core.data.Percentage.withPercentage(1e-7));
        assertThat(lambdaMaxRatio).as("lambda_max_ratio recomputed")
                .isCloseTo(cited(audit, html, "spectrum-plain", "spectrum", "lambda_max_ratio"), org.assertj.core.data.Percentage.withPercentage(1e-10));

        RunFiles example = new RunFiles(citedRunFolder(audit, html, "paper-example", "stable"));
        double stable = largestStepFactor(example.kernel(), example.inputs("target"), example.inputs("initial"),
                example.training("is", "eta"), Integer.parseInt(resolved(example, "steps")));
        assertThat(stable).as("training stable (largest ‖e_{t+1}‖_W/‖e_t‖_W) recomputed")
                .isCloseTo(cited(audit, html, "paper-example", "training", "stable"), org.assertj.core.data.Percentage.withPercentage(1e-10));
        System.out.printf("PaperIT: recomputed from the runs' files: kappa_ratio %.10g, lambda_max_ratio %.12g, stable %.12g%n",
                kappaRatio, lambdaMaxRatio, stable);
    }

    /** max over t &lt; T of ‖e_{t+1}‖_W / ‖e_t‖_W for the IS weights w = 1/y², e₀ = f₀ − y. */
    private static double largestStepFactor(double[][] k, double[] y, double[] initial, double eta, int steps) {
        int n = y.length;
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = initial[i] - y[i];
        }
        double largest = 0;
        double norm = weightedNorm(e, y);
        for (int t = 0; t < steps; t++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                double push = 0;
                for (int j = 0; j < n; j++) {
                    push += k[i][j] * e[j] / (y[j] * y[j]);
                }
                next[i] = e[i] - eta * push;
            }
            double nextNorm = weightedNorm(next, y);
            largest = Math.max(largest, nextNorm / norm);
            e = next;
            norm = nextNorm;
        }
        return largest;
    }

    private static double weightedNorm(double[] e, double[] y) {
        double sum = 0;
        for (int i = 0; i < e.length; i++) {
            sum += e[i] * e[i] / (y[i] * y[i]);
        }
        return Math.sqrt(sum);
    }

    private static String resolved(RunFiles run, String key) throws IOException {
        return run.property("pipeline.properties", key);
    }

    /** @return the folder of the run whose findings.csv the report cites for the finding */
    private static Path citedRunFolder(Path audit, String html, String run, String finding) {
        return audit.resolve(citedRow(html, run, "", finding)[0]).getParent();
    }

    /** @return the measured value of the row the report cites for the run's finding of the analyzer */
    private static double cited(Path audit, String html, String run, String analyzer, String finding) throws IOException {
        String[] row = citedRow(html, run, analyzer, finding);
        List<String> lines = Files.readAllLines(audit.resolve(row[0]));
        return Double.parseDouble(FindingsCsv.fields(lines.get(Integer.parseInt(row[1]) - 1)).get(2));
    }

    /** @return {csv, line} of the first row the report cites for the run's finding (of the analyzer, when not empty) */
    private static String[] citedRow(String html, String run, String analyzer, String finding) {
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            if (row.group(1).startsWith(run + "-") && row.group(4).equals(finding)
                    && (analyzer.isEmpty() || row.group(3).equals(analyzer))) {
                return new String[] {row.group(1), row.group(2)};
            }
        }
        throw new AssertionError("the report cites no row " + analyzer + "," + finding + " of run " + run);
    }

    /**
     * When Debian's {@code chromium} is on the PATH (.ci/run installs it): the page, loaded in a
     * headless browser, shows every section with a verdict and every image loaded (natural width
     * greater than 0). Skipped, with a line on standard output, without a browser.
     */
    private static void inBrowser(Path audit) throws IOException {
        Path chromium = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "chromium")).filter(Files::isExecutable).findFirst().orElse(null);
        if (chromium == null) {
            System.out.println("PaperIT: no chromium on the PATH; the in-browser check is skipped");
            return;
        }
        Files.writeString(audit.resolve("check.html"), """
                <!DOCTYPE html><html><body><iframe id="f" src="report.html" style="width:1200px;height:800px"></iframe>
                <pre id="out">pending</pre><script>
                document.getElementById('f').onload = function () {
                  var doc = document.getElementById('f').contentDocument;
                  var imgs = Array.from(doc.images);
                  var broken = imgs.filter(function (i) { return !(i.complete && i.naturalWidth > 0); }).length;
                  var sections = Array.from(doc.querySelectorAll('section.claim')).map(function (s) { return s.id + '=' + s.dataset.verdict; });
                  document.getElementById('out').textContent = 'RESULT|' + imgs.length + '|' + broken + '|' + sections.join(',') + '|END';
                };</script></body></html>
                """);
        ProcessBuilder builder = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--allow-file-access-from-files", "--virtual-time-budget=10000", "--dump-dom",
                audit.resolve("check.html").toUri().toString()).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        String dom = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Matcher result = Pattern.compile("RESULT\\|(\\d+)\\|(\\d+)\\|([^|]*)\\|END").matcher(dom);
        assertThat(result.find()).as("the check page's result in %s", dom).isTrue();
        assertThat(Integer.parseInt(result.group(1))).as("images").isPositive();
        assertThat(Integer.parseInt(result.group(2))).as("images not loaded").isZero();
        List<String> shown = Stream.of(result.group(3).split(",")).toList();
        assertThat(shown).hasSize(SECTIONS.size());
        for (int i = 0; i < SECTIONS.size(); i++) {
            String[] idVerdict = shown.get(i).split("=", 2);
            assertThat(idVerdict[0]).isEqualTo(SECTIONS.get(i));
            assertThat(VERDICTS).contains(idVerdict[1]);
        }
        Files.delete(audit.resolve("check.html"));
        System.out.println("PaperIT: in chromium every section has a verdict and all " + result.group(1) + " images loaded");
    }

    @Test
    void aMissingFolderFailsWithOneLineAndWritesNothing() throws IOException {
        int status = Main.run(TestDistribution.withLoadDirectory(load),
                new String[] {"paper", output.resolve("nowhere").toString(), "output=" + output},
                TestDistribution.printStream(out), TestDistribution.printStream(err));
        assertThat(status).isEqualTo(Main.FAILED);
        assertThat(TestDistribution.text(err).lines().toList()).singleElement().asString().startsWith("conelab: ");
        try (Stream<Path> entries = Files.list(output)) {
            assertThat(entries.toList()).isEmpty();
        }
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&#x3D;", "=").replace("&#x60;", "`").replace("&amp;", "&");
    }

    private static Path pipelines() {
        String examples = System.getProperty("conelab.examples");
        assertThat(examples).as("-Dconelab.examples").isNotNull();
        return Path.of(examples, "paper");
    }
}
