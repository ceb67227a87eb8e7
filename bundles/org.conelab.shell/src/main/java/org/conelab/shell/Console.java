package org.conelab.shell;

import org.apache.felix.service.command.CommandSession;

/**
 * Where a command shows progress and warnings while it runs. In the interactive shell that is
 * the session's JLine terminal, written to directly: what a command prints to
 * {@code System.out}/{@code System.err} goes through Gogo's pipe channels, whose {@code flush}
 * does nothing, so it would appear only when the command returns. In batch mode it is the
 * error stream.
 */
interface Console {

    /** Writes {@code text} as it is (no line end added). */
    void print(String text);

    /** Makes what was printed visible now. */
    void flush();

    /** @return the width in columns, or 0 when unknown */
    int width();

    /** @return whether a line can be redrawn in place with a carriage return (a real terminal) */
    boolean redraws();

    /**
     * Lets Ctrl-C run {@code action} instead of interrupting the command, until the returned
     * handle is closed; a console without a terminal has no Ctrl-C to take.
     */
    Interrupts onInterrupt(Runnable action);

    /** A Ctrl-C handler in place; closing it puts the previous one back. */
    interface Interrupts extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * @return the session's JLine terminal (variable {@code .terminal}, set by gogo.jline's shell),
     *     else the error stream, redrawn in place only when the JVM has a console
     */
    static Console of(CommandSession session) {
        Object terminal = session == null ? null : session.get(TerminalConsole.SESSION_VARIABLE);
        if (terminal != null) {
            try {
                Console console = TerminalConsole.of(terminal);
                if (console != null) {
                    return console;
                }
            } catch (LinkageError jlineNotWired) {
                // org.jline.terminal is an optional import: without it, the stream below
            }
        }
        return new StreamConsole(System.err, System.console() != null);
    }
}
