package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line alone: misuse is status 2 with the usage text, before any framework boots. */
class MainTest {

    @TempDir
    Path emptyDistribution;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void noArgumentsIsMisuse() {
        assertThat(run()).isEqualTo(Main.MISUSE);
        assertThat(text(err)).startsWith("usage: conelab");
        assertThat(text(out)).isEmpty();
    }

    @Test
    void unknownModeIsMisuseNamingIt() {
        assertThat(run("frobnicate")).isEqualTo(Main.MISUSE);
        assertThat(text(err)).startsWith("conelab: unknown mode 'frobnicate'\nusage: conelab");
    }

    @Test
    void runWithoutAPipelineIsMisuse() {
        assertThat(run("run")).isEqualTo(Main.MISUSE);
        assertThat(text(err)).startsWith("conelab: run needs");
    }

    @Test
    void listAndShellTakeNoArguments() {
        assertThat(run("list", "x")).isEqualTo(Main.MISUSE);
        assertThat(run("shell", "x")).isEqualTo(Main.MISUSE);
    }

    @Test
    void helpPrintsUsageOnStandardOutput() {
        assertThat(run("help")).isEqualTo(Main.OK);
        assertThat(text(out)).contains("run FILE [key=value ...]", "list", "shell");
        assertThat(text(err)).isEmpty();
    }

    @Test
    void aDistributionWithoutFeatureFailsWithOneLine() {
        assertThat(run("list")).isEqualTo(Main.FAILED);
        assertThat(text(err)).startsWith("conelab: cannot read the feature ").hasLineCount(1);
    }

    private int run(String... args) {
        return Main.run(Distribution.at(emptyDistribution), args, print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream buffer) {
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
