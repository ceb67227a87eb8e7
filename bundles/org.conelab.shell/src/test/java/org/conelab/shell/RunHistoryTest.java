package org.conelab.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.conelab.api.InvalidInputException;
import org.conelab.api.pipeline.RunReport;
import org.junit.jupiter.api.Test;

class RunHistoryTest {

    private final RunHistory history = new RunHistory();

    static RunReport report(String folder) {
        return new RunReport(Path.of(folder), Map.of("solver", "banded"), Map.of(), "summary of " + folder + "\n", List.of());
    }

    @Test
    void runsAreNumberedFromOneInTheOrderTheyFinished() {
        RunReport first = report("/out/a");
        RunReport second = report("/out/b");

        assertThat(history.add(first)).isEqualTo(1);
        assertThat(history.add(second)).isEqualTo(2);

        assertThat(history.all()).containsExactly(new RunHistory.Entry(1, first), new RunHistory.Entry(2, second));
        assertThat(history.get(2).report()).isSameAs(second);
    }

    @Test
    void anIndexOutsideTheSessionsRunsIsAnErrorNamingItAndTheRange() {
        history.add(report("/out/a"));

        assertThatThrownBy(() -> history.get(3)).isInstanceOf(InvalidInputException.class)
                .hasMessage("3: no such run; this session's runs are 1 to 1 (conelab:runs)");
        assertThatThrownBy(() -> history.get(0)).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("0: ");
    }

    @Test
    void anEmptySessionSaysSo() {
        assertThat(history.all()).isEmpty();
        assertThatThrownBy(() -> history.get(1)).isInstanceOf(InvalidInputException.class)
                .hasMessage("1: no run in this session yet (conelab:run starts one)");
    }
}
