package org.conelab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void aHalfDoneTaskFillsHalfTheBarAndShowsItsPercentageAndName() {
        assertThat(ProgressLine.render("lightcone", 1, 2, 0))
                .isEqualTo("[" + "#".repeat(15) + ".".repeat(15) + "]  50% lightcone");
    }

    @Test
    void theBarIsEmptyAtTheStartAndFullAtTheEnd() {
        assertThat(ProgressLine.render("t", 0, 3, 0)).startsWith("[" + ".".repeat(ProgressLine.BAR) + "]   0% ");
        assertThat(ProgressLine.render("t", 3, 3, 0)).startsWith("[" + "#".repeat(ProgressLine.BAR) + "] 100% ");
    }

    @Test
    void onANarrowTerminalTheLineStaysOneColumnShortOfTheWidthAndShortensTheTask() {
        String line = ProgressLine.render("a rather long task name that does not fit", 1, 4, 40);

        assertThat(line).hasSize(39).endsWith("…").startsWith("[##.").contains(" 25% a rather");
    }

    @Test
    void theBarNarrowsBeforeTheTaskIsCut() {
        String line = ProgressLine.render("spectrum: densities", 1, 2, 50);

        assertThat(line).hasSizeLessThanOrEqualTo(49).endsWith("spectrum: densities");
    }
}
