package org.conelab.shell;

import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.conelab.api.progress.Progress;

/**
 * Shows a command's progress on its {@link Console}: where the console redraws (a terminal), one
 * bar redrawn in place at most every {@value #REDRAW_MILLIS} ms, each finished task left as a full
 * bar; otherwise one line per finished task with its duration; nothing when quiet.
 *
 * <p>Cancellation: {@link #cancel()} (the shell's Ctrl-C) or an interrupt of the working thread.
 * Once cancelled, {@link #begin} and {@link #worked} throw {@link CancellationException}, so work
 * stops at its next unit even where it does not check {@link #isCancelled()}; the bar shows that
 * the run is being cancelled, and {@link #close()} erases it, so the failure that follows is the
 * only line. Nothing is written from an interrupted thread: such a write can close Gogo's
 * interruptible output channel for good. Output methods are synchronized: Ctrl-C arrives on
 * another thread.
 */
final class ConsoleProgress implements Progress, AutoCloseable {

    static final long REDRAW_MILLIS = 100;
    static final String CANCELLED = "run cancelled; nothing was written";

    private final Console console;
    private final boolean quiet;
    private volatile boolean cancelled;
    private String task = "";
    private long started;
    private long total = 1;
    private long done;
    private long lastDraw;
    /** The length of the bar on the current line, 0 when the line holds none. */
    private int drawn;

    /**
     * @param console where to show progress
     * @param quiet show nothing (cancellation still works)
     */
    ConsoleProgress(Console console, boolean quiet) {
        this.console = console;
        this.quiet = quiet;
    }

    @Override
    public synchronized void begin(String name, long totalUnits) {
        checkCancelled();
        task = name;
        total = Math.max(totalUnits, 1);
        done = 0;
        started = System.nanoTime();
        draw(true);
    }

    @Override
    public synchronized void worked(long units) {
        checkCancelled();
        done = Math.min(total, done + units);
        draw(false);
    }

    @Override
    public synchronized void done() {
        if (isCancelled()) {
            return;
        }
        done = total;
        if (!writable()) {
            return;
        }
        if (console.redraws()) {
            draw(true);
            console.print("\n");
            drawn = 0;
        } else {
            console.print(String.format(Locale.ROOT, "%s: done in %.2f s%n", task, (System.nanoTime() - started) / 1e9));
        }
        console.flush();
    }

    /** Asks the work to stop at its next unit; the bar says so. Safe from any thread. */
    synchronized void cancel() {
        cancelled = true;
        if (drawn > 0 && writable() && console.redraws()) {
            show(ProgressLine.render(task + " (cancelling…)", done, total, console.width()));
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled || Thread.currentThread().isInterrupted();
    }

    /** Erases a bar left unfinished (a failed or cancelled task), so what follows starts a clean line. */
    @Override
    public synchronized void close() {
        if (drawn > 0 && writable()) {
            console.print("\r" + " ".repeat(drawn) + "\r");
            console.flush();
        }
        drawn = 0;
    }

    private void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException(CANCELLED);
        }
    }

    private boolean writable() {
        return !quiet && !Thread.currentThread().isInterrupted();
    }

    private void draw(boolean force) {
        if (!writable() || !console.redraws() || cancelled) {
            return;
        }
        long now = System.nanoTime();
        if (!force && now - lastDraw < REDRAW_MILLIS * 1_000_000) {
            return;
        }
        lastDraw = now;
        show(ProgressLine.render(task, done, total, console.width()));
    }

    private void show(String line) {
        String pad = line.length() < drawn ? " ".repeat(drawn - line.length()) : "";
        console.print("\r" + line + pad);
        console.flush();
        drawn = Math.max(line.length(), drawn);
    }
}
