package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LauncherLogTest {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final LauncherLog log = new LauncherLog(TestDistribution.printStream(buffer));

    @Test
    void reportsOneLineWithThePrefix() {
        log.line("n: must be positive\n  at somewhere");

        assertThat(text()).isEqualTo("conelab: n: must be positive\n");
    }

    @Test
    void startsOnAFreshLineAfterAnUnfinishedProgressBar() {
        log.stream().print("[#####.....]  50% prepare\r[##########] 100% prepare");
        log.line("failed");
        log.stream().print("done\n");
        log.line("again");

        assertThat(text()).isEqualTo("[#####.....]  50% prepare\r[##########] 100% prepare\nconelab: failed\ndone\nconelab: again\n");
    }

    private String text() {
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
