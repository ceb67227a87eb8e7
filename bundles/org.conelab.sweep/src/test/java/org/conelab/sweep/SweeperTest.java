package org.conelab.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.conelab.api.InvalidInputException;
import org.conelab.api.progress.Progress;
import org.conelab.sweep.run.LocalExecutor;
import org.conelab.sweep.run.ThreadBudget;
import org.conelab.sweep.spec.Shard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep end to end against a runner whose findings are known, without a framework. */
class SweeperTest {

    @TempDir
    Path out;

    private Map<String, String> input(int parallel) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", "grid");
        values.put("n", "11");
        values.put("kernel", "tridiagonal");
        values.put("output", out.toString());
        values.put("sweep.loss", "is, mse");
        values.put("sweep.targets.sigma", "0:1:4");
        values.put("sweep.replicates", "2");
        values.put("sweep.parallel", Integer.toString(parallel));
        return values;
    }

    private String sweep(FakeRunner runner, Map<String, String> input, Shard shard, Optional<Path> resume) {
        List<String> log = new ArrayList<>();
        return new Sweeper(runner, null, log::add).run(input, shard, resume,
                plan -> new LocalExecutor(runner, plan, plan.spec().parallel() == 0 ? 2 : plan.spec().parallel(), new ThreadBudget(() -> null),
                        Progress.NONE));
    }

    private List<Path> sweepFolders() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().startsWith("grid-sweep-")).sorted().toList();
        }
    }

    @Test
    void theIndexHoldsEveryPointsSweptValuesSeedsAndTheFindingsOfItsOwnRun() throws IOException {
        FakeRunner runner = new FakeRunner();
        sweep(runner, input(1), Shard.ALL, Optional.empty());

        Path folder = sweepFolders().get(0);
        List<String> lines = Files.readAllLines(folder.resolve("sweep.csv"));
        assertThat(lines.get(0)).isEqualTo("point,replicate,loss,targets.sigma,targets.seed,init.seed,fake.checksum,fake.checksum.verdict,"
                + "fake.is_only,fake.is_only.verdict");
        assertThat(lines).hasSize(1 + 16);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            // the independent reference: the same point's specification run on its own
            Map<String, String> spec = new LinkedHashMap<>();
            spec.put("n", "11");
            spec.put("kernel", "tridiagonal");
            spec.put("loss", f[2]);
            spec.put("targets.sigma", f[3]);
            spec.put("targets.seed", f[4]);
            spec.put("init.seed", f[5]);
            assertThat(f[6]).as(line).isEqualTo(FakeRunner.measured(spec));
            assertThat(f[7]).isEqualTo("info");
            assertThat(f[8] + "/" + f[9]).isEqualTo(f[2].equals("is") ? "1.5/fails" : "/");
            assertThat(folder.resolve(f[0]).resolve("findings.csv")).isRegularFile();
        }
        assertThat(lines.get(1)).startsWith("p0000,0,is,0,");
        assertThat(lines.get(2)).startsWith("p0001,1,is,0,");
        assertThat(lines.get(16)).startsWith("p0015,1,mse,1,");
        assertThat(runner.runsByName).hasSize(16).allSatisfy((name, count) -> assertThat(count.get()).as(name).isEqualTo(1));
        try (Stream<Path> hidden = Files.list(folder)) {
            assertThat(hidden.map(p -> p.getFileName().toString())).doesNotContain(".running");
        }
    }

    @Test
    void aSweepKilledAfterSomePointsAndRestartedWritesTheSameIndexAndRunsNoPointTwice() throws IOException {
        FakeRunner reference = new FakeRunner();
        Map<String, String> referenceInput = input(1);
        referenceInput.put("output", out.resolve("reference").toString());
        sweep(reference, referenceInput, Shard.ALL, Optional.empty());
        byte[] expected = Files.readAllBytes(sweepFoldersIn(out.resolve("reference")).get(0).resolve("sweep.csv"));

        FakeRunner runner = new FakeRunner();
        runner.crashAtRun = 6;
        assertThatThrownBy(() -> sweep(runner, input(1), Shard.ALL, Optional.empty())).hasMessageContaining("simulated crash");
        Path folder = sweepFolders().get(0);
        assertThat(Files.readAllLines(folder.resolve("sweep.csv"))).hasSize(1 + 5);
        // what a killed JVM leaves: a half-written run folder in .running/
        Files.createDirectories(folder.resolve(".running/p0005/grid-p0005-x"));

        runner.crashAtRun = -1;
        String report = sweep(runner, input(2), Shard.ALL, Optional.empty());

        assertThat(sweepFolders()).containsExactly(folder);
        assertThat(report).contains("16 (11 run now, 5 done before)");
        assertThat(Files.readAllBytes(folder.resolve("sweep.csv"))).isEqualTo(expected);
        assertThat(runner.runsByName).hasSize(16).allSatisfy((name, count) -> assertThat(count.get()).as(name).isEqualTo(1));
    }

    @Test
    void parallelPointsWriteTheSameIndexAsSequentialOnes() throws IOException {
        sweep(new FakeRunner(), input(1), Shard.ALL, Optional.empty());
        Map<String, String> parallel = input(4);
        parallel.put("output", out.resolve("parallel").toString());
        sweep(new FakeRunner(), parallel, Shard.ALL, Optional.empty());
        assertThat(Files.readAllBytes(sweepFoldersIn(out.resolve("parallel")).get(0).resolve("sweep.csv")))
                .isEqualTo(Files.readAllBytes(sweepFolders().get(0).resolve("sweep.csv")));
    }

    @Test
    void shardsMergeIntoTheIndexOfTheWholeSweep() throws IOException {
        sweep(new FakeRunner(), input(1), Shard.ALL, Optional.empty());
        byte[] whole = Files.readAllBytes(sweepFolders().get(0).resolve("sweep.csv"));
        Path shards = out.resolve("shards");
        Map<String, String> sharded = input(1);
        sharded.put("output", shards.toString());
        FakeRunner runner = new FakeRunner();
        for (int k = 1; k <= 3; k++) {
            assertThat(sweep(runner, sharded, new Shard(k, 3), Optional.empty())).contains("of 16, shard " + k + "/3");
        }
        assertThat(runner.runsByName).hasSize(16);
        List<Path> folders = sweepFoldersIn(shards);
        assertThat(folders).hasSize(3);

        Sweeps sweeps = new Sweeps();
        sweeps.runner = runner;
        List<String> arguments = new ArrayList<>(folders.stream().map(Path::toString).toList());
        arguments.add("output=" + out.resolve("merged"));
        sweeps.merge(arguments);
        assertThat(Files.readAllBytes(sweepFoldersIn(out.resolve("merged")).get(0).resolve("sweep.csv"))).isEqualTo(whole);

        assertThatThrownBy(() -> sweeps.merge(List.of(folders.get(0).toString(), folders.get(1).toString(), "output=" + out.resolve("m2"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("points are in none of the folders");
        assertThatThrownBy(() -> sweeps.merge(List.of(folders.get(0).toString(), folders.get(0).toString(), "output=" + out.resolve("m3"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is also in");
        assertThat(out.resolve("m2")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
    }

    @Test
    void badInputIsOneLineAndLeavesNoFolder() throws IOException {
        Map<String, String> values = input(1);
        values.put("sweep.targets.sigmaa", "1, 2");
        assertThatThrownBy(() -> sweep(new FakeRunner(), values, Shard.ALL, Optional.empty())).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("sweep.targets.sigmaa: unknown sweep key");
        Map<String, String> failing = input(1);
        failing.put("n", "0");
        assertThatThrownBy(() -> sweep(new FakeRunner(), failing, Shard.ALL, Optional.empty())).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("p0000 (loss = is, targets.sigma = 0) n: must be");
        assertThat(sweepFolders()).isEmpty();
    }

    @Test
    void resumingAFolderOfAnotherSweepIsRefused() throws IOException {
        sweep(new FakeRunner(), input(1), Shard.ALL, Optional.empty());
        Map<String, String> other = input(1);
        other.put("n", "12");
        Path folder = sweepFolders().get(0);
        assertThatThrownBy(() -> sweep(new FakeRunner(), other, Shard.ALL, Optional.of(folder))).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("--resume: " + folder + " holds another sweep");
    }

    private static List<Path> sweepFoldersIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("grid-sweep-")).sorted().toList();
        }
    }
}
