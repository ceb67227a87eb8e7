package org.conelab.shell;

import java.io.PrintStream;

/** A {@link Console} on a stream: batch mode's error stream, or a test's buffer. */
final class StreamConsole implements Console {

    private final PrintStream out;
    private final boolean redraws;

    /**
     * @param out where to write
     * @param redraws whether {@code out} is a terminal that understands carriage returns
     */
    StreamConsole(PrintStream out, boolean redraws) {
        this.out = out;
        this.redraws = redraws;
    }

    @Override
    public void print(String text) {
        out.print(text);
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public int width() {
        return 0;
    }

    @Override
    public boolean redraws() {
        return redraws;
    }

    @Override
    public Interrupts onInterrupt(Runnable action) {
        return () -> { };
    }
}
