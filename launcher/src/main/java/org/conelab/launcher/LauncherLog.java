package org.conelab.launcher;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where the launcher reports: one line per event, {@code conelab: …}, on the error stream, so
 * that standard output carries only results. Commands share the same stream
 * ({@link #stream()}); a report starts on a fresh line even when a command left a progress
 * bar unfinished.
 */
final class LauncherLog {

    private final LastByte tracker;
    private final PrintStream err;

    LauncherLog(PrintStream err) {
        this.tracker = new LastByte(err);
        this.err = new PrintStream(tracker, true, StandardCharsets.UTF_8);
    }

    /** The error stream, for commands to write to. */
    PrintStream stream() {
        return err;
    }

    /** Reports one event, its first line only, on a line of its own. */
    synchronized void line(String message) {
        if (!tracker.atLineStart()) {
            err.println();
        }
        err.println("conelab: " + Failures.firstLine(message));
        err.flush();
    }

    /** Prints {@code failure}'s stack trace (causes included), starting on a line of its own. */
    synchronized void stackTrace(Throwable failure) {
        if (!tracker.atLineStart()) {
            err.println();
        }
        failure.printStackTrace(err);
        err.flush();
    }

    /** Passes bytes through and remembers whether the last one ended a line. */
    private static final class LastByte extends FilterOutputStream {
        private volatile boolean atLineStart = true;

        LastByte(OutputStream out) {
            super(out);
        }

        boolean atLineStart() {
            return atLineStart;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            atLineStart = b == '\n';
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            if (length > 0) {
                atLineStart = bytes[offset + length - 1] == '\n';
            }
        }
    }
}
