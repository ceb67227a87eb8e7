package org.conelab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndEndsFull() {
        ConsoleProgress progress = new ConsoleProgress(out, true);
        progress.begin("work", 4);
        progress.worked(2);
        progress.done();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\r[").contains("100% work").endsWith(System.lineSeparator());
    }

    @Test
    void elsewhereEachTaskIsOneLineWithItsDuration() {
        ConsoleProgress progress = new ConsoleProgress(out, false);
        progress.begin("work", 4);
        progress.worked(4);
        progress.done();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).matches("work: done in \\d+\\.\\d\\d s\\R");
    }

    @Test
    void nothingIsWrittenOnceTheThreadIsInterrupted() {
        ConsoleProgress progress = new ConsoleProgress(out, true);
        Thread.currentThread().interrupt();
        try {
            progress.begin("work", 2);
            progress.worked(1);
            progress.done();
            progress.close();
        } finally {
            Thread.interrupted();
        }
        assertThat(bytes.size()).isZero();
    }

    @Test
    void anInterruptedThreadCancels() {
        ConsoleProgress progress = new ConsoleProgress(out, false);
        assertThat(progress.isCancelled()).isFalse();
        Thread.currentThread().interrupt();
        try {
            assertThat(progress.isCancelled()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void closingAfterAFailedTaskEndsTheOpenBarLine() {
        try (ConsoleProgress progress = new ConsoleProgress(out, true)) {
            progress.begin("work", 4);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("work" + System.lineSeparator());
    }

    @Test
    void closingAfterACompletedTaskAddsNothing() {
        ConsoleProgress progress = new ConsoleProgress(out, true);
        progress.begin("work", 1);
        progress.done();
        String before = bytes.toString(StandardCharsets.UTF_8);
        progress.close();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(before);
    }
}
