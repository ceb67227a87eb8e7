package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sweeps on the real platform: {@code sweep.csv} against the findings of each point run on its
 * own with {@code conelab:run}; a sweep whose JVM is killed after some points and started again
 * resumes into the same folder, runs only the missing points and writes the same
 * {@code sweep.csv} byte for byte as a sweep run straight through; bad input is one line.
 */
class SweepIT {

    /** Six points of a small chain: two losses × three spreads, light cone and spectrum. */
    static final String SWEEP = """
            name = itsweep
            n = 101
            kernel = tridiagonal
            kernel.beta = 0.4
            targets.seed = 3
            compare = none
            steps = 20
            analyzers = lightcone, spectrum
            sweep.loss = is, mse
            sweep.targets.sigma = 0.5:1.5:3
            sweep.plot = condition_number vs targets.sigma
            """;

    @RegisterExtension
    final RunningPlatform platform = RunningPlatform.perTest();

    @TempDir
    Path work;

    static Path sweepFile(Path folder, String text) throws IOException {
        return Files.writeString(folder.resolve("itsweep.properties"), text);
    }

    static Path onlySweepFolder(Path output) throws IOException {
        try (Stream<Path> s = Files.list(output)) {
            List<Path> folders = s.filter(p -> p.getFileName().toString().startsWith("itsweep-sweep-")).toList();
            assertThat(folders).hasSize(1);
            return folders.get(0);
        }
    }

    @Test
    void theIndexHoldsTheFindingsOfEachPointRunOnItsOwn() throws Exception {
        Path file = sweepFile(work, SWEEP);
        Object report = platform.command("sweep", List.of(file.toString(), "output=" + work.resolve("out")));
        Path folder = onlySweepFolder(work.resolve("out"));
        assertThat(report.toString()).contains("6 (6 run now, 0 done before)");
        assertThat(folder.resolve("sweep-condition_number-vs-targets.sigma.png")).isRegularFile();

        List<String> index = Files.readAllLines(folder.resolve("sweep.csv"));
        List<String> header = List.of(index.get(0).split(","));
        assertThat(index).hasSize(1 + 6);
        for (String line : index.subList(1, index.size())) {
            String[] row = line.split(",", -1);
            // the point's resolved specification, run again by itself as any run is
            Path alone = platform.runInto(Files.createDirectories(work.resolve("alone-" + row[0])),
                    List.of(folder.resolve(row[0]).resolve("pipeline.properties").toString()));
            List<Map<String, String>> findings = FindingsCsv.read(alone.resolve("findings.csv"));
            assertThat(findings).isNotEmpty();
            for (Map<String, String> f : findings) {
                String column = f.get("analyzer") + "." + f.get("finding");
                assertThat(row[header.indexOf(column)]).as(row[0] + " " + column).isEqualTo(f.get("measured"));
                assertThat(row[header.indexOf(column + ".verdict")]).as(row[0] + " " + column).isEqualTo(f.get("verdict"));
            }
        }
    }

    @Test
    void aKilledSweepResumesRunsNoPointTwiceAndWritesTheSameIndex() throws Exception {
        Path file = sweepFile(work, SWEEP);
        platform.command("sweep", List.of(file.toString(), "output=" + work.resolve("straight")));
        byte[] expected = Files.readAllBytes(onlySweepFolder(work.resolve("straight")).resolve("sweep.csv"));

        Path output = work.resolve("killed");
        try (LauncherProcess sweep = LauncherProcess.start(platform.load(), work.resolve("killed.log"),
                List.of("sweep", file.toString(), "output=" + output))) {
            sweep.awaitOutput(text -> text.contains("(2/6)"), Duration.ofSeconds(120));
            sweep.kill();
        }
        Path folder = onlySweepFolder(output);
        Map<String, FileTime> before = new HashMap<>();
        for (String point : points(folder)) {
            before.put(point, Files.getLastModifiedTime(folder.resolve(point).resolve("findings.csv")));
        }
        assertThat(before).hasSizeBetween(2, 5);

        int consoleBefore = platform.consoleText().length();
        Object report = platform.command("sweep", List.of(file.toString(), "output=" + output));

        assertThat(onlySweepFolder(output)).as("the same folder, resumed").isEqualTo(folder);
        assertThat(report.toString()).contains("6 (" + (6 - before.size()) + " run now, " + before.size() + " done before)");
        List<String> ranNow = new ArrayList<>();
        Matcher done = Pattern.compile("sweep: (p\\d{4}) done").matcher(platform.consoleText().substring(consoleBefore));
        while (done.find()) {
            ranNow.add(done.group(1));
        }
        assertThat(ranNow).as("the points run after the restart").doesNotHaveDuplicates().hasSize(6 - before.size())
                .doesNotContainAnyElementsOf(before.keySet());
        for (Map.Entry<String, FileTime> e : before.entrySet()) {
            assertThat(Files.getLastModifiedTime(folder.resolve(e.getKey()).resolve("findings.csv"))).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(Files.readAllBytes(folder.resolve("sweep.csv"))).isEqualTo(expected);
        assertThat(folder.resolve(".running")).doesNotExist();
    }

    @Test
    void badInputIsOneLineAndWritesNothing() throws Exception {
        Path file = sweepFile(work, SWEEP.replace("sweep.targets.sigma = 0.5:1.5:3", "sweep.targets.sigma = 0.5:1.5"));
        Path output = work.resolve("bad");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int status = Main.run(TestDistribution.withLoadDirectory(platform.load()), new String[] {"sweep", file.toString(), "output=" + output},
                TestDistribution.printStream(out), TestDistribution.printStream(err));
        assertThat(status).isEqualTo(Main.FAILED);
        assertThat(TestDistribution.text(err).lines().toList()).singleElement().asString()
                .isEqualTo("conelab: sweep.targets.sigma: malformed range '0.5:1.5': a range is FROM:TO:COUNT [log]");
        assertThat(output).doesNotExist();
    }

    @Test
    void aLocalSweepStartsNoHazelcastMemberOrClientSoNoPortIsOpened() throws Exception {
        org.osgi.framework.Bundle hazelcast = platform.bundle("com.hazelcast");
        assertThat(hazelcast.getState()).as("the Hazelcast bundle starts (its activator with its own context loader)")
                .isEqualTo(org.osgi.framework.Bundle.ACTIVE);
        platform.command("sweep", List.of(sweepFile(work, SWEEP).toString(), "output=" + work.resolve("out"), "sweep.loss=is"));

        Object instances = hazelcast.loadClass("com.hazelcast.core.Hazelcast").getMethod("getAllHazelcastInstances").invoke(null);
        assertThat((java.util.Set<?>) instances).as("members started in this JVM").isEmpty();
        Object clients = hazelcast.loadClass("com.hazelcast.client.HazelcastClient").getMethod("getAllHazelcastClients").invoke(null);
        assertThat((java.util.Collection<?>) clients).as("clients started in this JVM").isEmpty();
    }

    static List<String> points(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.matches("p\\d{4}")).sorted().toList();
        }
    }
}
