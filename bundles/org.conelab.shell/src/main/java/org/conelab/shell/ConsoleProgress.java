package org.conelab.shell;

import java.io.PrintStream;
import java.util.Locale;
import org.conelab.api.progress.Progress;

/**
 * Shows progress as a bar on one line of the console's error stream, redrawn in place; the
 * work is cancelled when the command's thread is interrupted (Ctrl-C in the Gogo shell).
 */
final class ConsoleProgress implements Progress {

    private static final int BAR = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private String task = "";
    private long total;
    private long done;
    private long lastDraw;

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void begin(String name, long totalUnits) {
        task = name;
        total = Math.max(totalUnits, 1);
        done = 0;
        lastDraw = 0;
        draw(true);
    }

    @Override
    public void worked(long units) {
        done = Math.min(total, done + units);
        draw(false);
    }

    @Override
    public void done() {
        done = total;
        draw(true);
        out.println();
        out.flush();
    }

    @Override
    public boolean isCancelled() {
        return Thread.currentThread().isInterrupted();
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        int filled = (int) (BAR * done / total);
        out.print(String.format(Locale.ROOT, "\r[%s%s] %3d%% %s", "#".repeat(filled), ".".repeat(BAR - filled),
                100 * done / total, task));
        out.flush();
    }
}
