package org.conelab.shell;

import java.io.PrintStream;
import java.util.Locale;
import org.conelab.api.progress.Progress;

/**
 * Shows progress on the console's error stream: on a terminal, a bar on one line redrawn in
 * place; otherwise (a log, a pipe) one line per finished task with its duration. The work is
 * cancelled when the command's thread is interrupted (Ctrl-C in the Gogo shell); from then on
 * nothing is written, since a write from an interrupted thread can close the shell's
 * interruptible output channel for good.
 */
final class ConsoleProgress implements Progress, AutoCloseable {

    private static final int BAR = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private String task = "";
    private long started;
    private long total;
    private long done;
    private long lastDraw;
    private boolean lineOpen;

    /**
     * @param out where to draw
     * @param terminal whether {@code out} is a terminal that understands carriage returns
     */
    ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void begin(String name, long totalUnits) {
        task = name;
        total = Math.max(totalUnits, 1);
        done = 0;
        lastDraw = 0;
        started = System.nanoTime();
        draw(true);
    }

    @Override
    public void worked(long units) {
        done = Math.min(total, done + units);
        draw(false);
    }

    @Override
    public void done() {
        if (isCancelled()) {
            return;
        }
        done = total;
        if (terminal) {
            draw(true);
            out.println();
            lineOpen = false;
        } else {
            out.println(String.format(Locale.ROOT, "%s: done in %.2f s", task, (System.nanoTime() - started) / 1e9));
        }
        out.flush();
    }

    /** Ends a bar left open by a task that failed, so that what follows starts on a new line. */
    @Override
    public void close() {
        if (lineOpen && !isCancelled()) {
            out.println();
            out.flush();
            lineOpen = false;
        }
    }

    @Override
    public boolean isCancelled() {
        return Thread.currentThread().isInterrupted();
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!terminal || isCancelled()) {
            return;
        }
        if (!force && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        int filled = (int) (BAR * done / total);
        lineOpen = true;
        out.print(String.format(Locale.ROOT, "\r[%s%s] %3d%% %s", "#".repeat(filled), ".".repeat(BAR - filled),
                100 * done / total, task));
        out.flush();
    }
}
