package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code conelab:runs}, {@code show} and {@code use} through the Gogo command processor on the
 * running platform: the session's runs with their verdict counts, a run shown again by number,
 * and a solver preferred for {@code auto} (through Config Admin) until cleared.
 */
class ShellCommandsIT {

    @TempDir
    Path load;
    @TempDir
    Path output;

    private RunningPlatform platform;

    @BeforeEach
    void start() throws InterruptedException {
        platform = new RunningPlatform(load);
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void runsListsTheSessionsRunsWithVerdictCountsAndShowGivesOneBackByNumber() throws Exception {
        String first = run();
        String second = run("solver=dense");

        List<String> runs = platform.command("runs", List.of()).toString().lines().toList();
        assertThat(runs).hasSize(3);
        assertThat(runs.get(0)).startsWith("#  verdicts");
        assertThat(runs.get(1)).matches("1  11 holds, 0 fails, \\d+ info +banded +" + Pattern.quote(folderOf(first)));
        assertThat(runs.get(2)).matches("2  11 holds, 0 fails, \\d+ info +dense +" + Pattern.quote(folderOf(second)));
        assertThat(platform.command("show", List.of("2")).toString()).isEqualTo(second);
        assertThat(platform.command("show", List.of(folderOf(first))).toString()).isEqualTo(first);
        assertThatThrownBy(() -> platform.command("show", List.of("3")))
                .hasMessage("3: no such run; this session's runs are 1 to 2 (conelab:runs)");
    }

    @Test
    void usePrefersASolverForAutoUntilItIsCleared() throws Exception {
        assertThat(run()).contains("  solver   banded (auto)\n");

        assertThat(platform.command("use", List.of("solver", "dense")).toString()).startsWith("solver = auto now prefers dense");
        assertThat(platform.command("use", List.of()).toString()).isEqualTo("solver = auto prefers dense\n");
        assertThat(run()).contains("  solver   dense (auto, preferred)\n");
        assertThat(run("solver=iterative")).contains("  solver   iterative\n");

        assertThatThrownBy(() -> platform.command("use", List.of("solver", "nope")))
                .hasMessage("nope: no solver with this id; available: auto, banded, banded-scalar, iterative, dense");
        assertThatThrownBy(() -> platform.command("use", List.of("kernel", "tridiagonal")))
                .hasMessage("kernel: auto is chosen only for solver");

        platform.command("use", List.of("solver", "auto"));
        assertThat(run()).contains("  solver   banded (auto)\n");
    }

    private String run(String... overrides) throws Exception {
        List<String> arguments = new java.util.ArrayList<>(List.of(System.getProperty("conelab.examples")
                + "/paper-tridiagonal.properties", "output=" + output));
        arguments.addAll(List.of(overrides));
        return platform.command("run", arguments).toString();
    }

    private static String folderOf(String summary) {
        return summary.lines().filter(l -> l.startsWith("output: ")).findFirst().orElseThrow().substring("output: ".length());
    }
}
