package org.conelab.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.conelab.api.InvalidInputException;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Verdict;
import org.conelab.api.pipeline.RunReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunTextTest {

    @TempDir
    Path folder;

    private static Finding finding(Verdict verdict) {
        return new Finding("f", 1, 1, "", verdict);
    }

    @Test
    void aRunIsShownFromItsReportSummaryThenItsFolderNotFromDisk() {
        RunReport report = new RunReport(Path.of("/nowhere/run-1"), Map.of(), Map.of(), "conelab run x\n  solver   banded\n",
                List.of());

        assertThat(RunText.of(report)).isEqualTo("conelab run x\n  solver   banded\noutput: /nowhere/run-1\n");
    }

    @Test
    void theRunListGivesEachRunsNumberVerdictCountsSolverAndFolder() {
        RunHistory history = new RunHistory();
        history.add(new RunReport(Path.of("/out/a"), Map.of("solver", "banded"),
                Map.of("lightcone", List.of(finding(Verdict.HOLDS), finding(Verdict.HOLDS), finding(Verdict.INFO))), "", List.of()));
        history.add(new RunReport(Path.of("/out/b"), Map.of("solver", "dense"),
                Map.of("training", List.of(finding(Verdict.FAILS), finding(Verdict.NOT_MEASURABLE))), "", List.of()));

        assertThat(RunText.list(history.all()).lines()).containsExactly(
                "#  verdicts                            solver  folder",
                "1  2 holds, 0 fails, 1 info            banded  /out/a",
                "2  0 holds, 1 fails, 1 not measurable  dense   /out/b");
        assertThat(RunText.list(List.of())).startsWith("no run in this session yet");
    }

    @Test
    void showByNumberGivesThatRunsSummary() {
        RunHistory history = new RunHistory();
        history.add(RunHistoryTest.report("/out/a"));
        history.add(RunHistoryTest.report("/out/b"));

        assertThat(RunText.show(history, "2")).isEqualTo("summary of /out/b\noutput: /out/b\n");
        assertThatThrownBy(() -> RunText.show(history, "7")).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("7: ");
    }

    @Test
    void showByFolderGivesTheFoldersSummaryAndRejectsAFolderThatIsNotARun() throws IOException {
        Path run = Files.createDirectories(folder.resolve("run-1"));
        Files.writeString(run.resolve("summary.txt"), "conelab run old\n");

        assertThat(RunText.show(new RunHistory(), run.toString())).isEqualTo("conelab run old\noutput: " + run + "\n");
        assertThatThrownBy(() -> RunText.show(new RunHistory(), folder.toString())).isInstanceOf(InvalidInputException.class)
                .hasMessage(folder + ": not a run folder: it holds no summary.txt");
        assertThatThrownBy(() -> RunText.show(new RunHistory(), folder.resolve("nope").toString()))
                .isInstanceOf(InvalidInputException.class).hasMessageEndingWith("nope: neither a run number (conelab:runs) nor a folder");
    }
}
