package org.conelab.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceWhileTheTaskRunsAndEndsFull() {
        ConsoleProgress progress = new ConsoleProgress(new StreamConsole(out, true), false);
        progress.begin("work", 4);
        assertThat(text()).isEqualTo("\r" + ProgressLine.render("work", 0, 4, 0));

        progress.done();
        assertThat(text()).endsWith("\r" + ProgressLine.render("work", 4, 4, 0) + "\n").contains("100% work");
    }

    @Test
    void aPartlyDoneTaskShowsAPartialBarBeforeItEnds() throws InterruptedException {
        ConsoleProgress progress = new ConsoleProgress(new StreamConsole(out, true), false);
        progress.begin("work", 4);
        Thread.sleep(ConsoleProgress.REDRAW_MILLIS + 20);
        progress.worked(2);

        assertThat(text()).endsWith("\r" + ProgressLine.render("work", 2, 4, 0)).contains(" 50% work");
    }

    @Test
    void elsewhereEachTaskIsOneLineWithItsDuration() {
        ConsoleProgress progress = new ConsoleProgress(new StreamConsole(out, false), false);
        progress.begin("work", 4);
        progress.worked(4);
        progress.done();
        assertThat(text()).matches("work: done in \\d+\\.\\d\\d s\\R");
    }

    @Test
    void quietShowsNothing() {
        ConsoleProgress progress = new ConsoleProgress(new StreamConsole(out, true), true);
        progress.begin("work", 2);
        progress.worked(1);
        progress.done();
        progress.close();
        assertThat(bytes.size()).isZero();
    }

    @Test
    void nothingIsWrittenOnceTheThreadIsInterrupted() {
        ConsoleProgress progress = new ConsoleProgress(new StreamConsole(out, true), false);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> progress.begin("work", 2)).isInstanceOf(CancellationException.class);
            progress.done();
            progress.close();
        } finally {
            Thread.interrupted();
        }
        assertThat(bytes.size()).isZero();
    }

    @Test
    void cancellingStopsTheWorkAtItsNextUnitAndTheBarSaysSo() {
        ConsoleProgress progress = new ConsoleProgress(new StreamConsole(out, true), false);
        progress.begin("work", 4);
        assertThat(progress.isCancelled()).isFalse();

        progress.cancel();

        assertThat(progress.isCancelled()).isTrue();
        assertThat(text()).endsWith("work (cancelling…)");
        assertThatThrownBy(() -> progress.worked(1)).isInstanceOf(CancellationException.class)
                .hasMessage(ConsoleProgress.CANCELLED);
        assertThatThrownBy(() -> progress.begin("next", 1)).isInstanceOf(CancellationException.class);
    }

    @Test
    void anInterruptedThreadCancels() {
        ConsoleProgress progress = new ConsoleProgress(new StreamConsole(out, false), false);
        Thread.currentThread().interrupt();
        try {
            assertThat(progress.isCancelled()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void closingAfterAFailedOrCancelledTaskErasesTheOpenBarSoTheMessageIsTheOnlyLine() {
        try (ConsoleProgress progress = new ConsoleProgress(new StreamConsole(out, true), false)) {
            progress.begin("work", 4);
            progress.cancel();
        }
        String text = text();
        String erased = text.substring(text.lastIndexOf('\r', text.length() - 2));
        assertThat(erased).matches("\r +\r");
        assertThat(erased.length() - 2).isEqualTo(ProgressLine.render("work (cancelling…)", 0, 4, 0).length());
    }

    @Test
    void closingAfterACompletedTaskAddsNothing() {
        ConsoleProgress progress = new ConsoleProgress(new StreamConsole(out, true), false);
        progress.begin("work", 1);
        progress.done();
        String before = text();
        progress.close();
        assertThat(text()).isEqualTo(before);
    }
}
