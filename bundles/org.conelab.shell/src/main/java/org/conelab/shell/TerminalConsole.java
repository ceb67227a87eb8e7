package org.conelab.shell;

import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;

/**
 * The interactive shell's JLine terminal as a {@link Console}. Only this class touches JLine
 * (an optional import): it is loaded only when a session holds a terminal.
 */
final class TerminalConsole implements Console {

    /** The session variable in which gogo.jline keeps the terminal. */
    static final String SESSION_VARIABLE = ".terminal";

    private final Terminal terminal;

    private TerminalConsole(Terminal terminal) {
        this.terminal = terminal;
    }

    /** @return a console on {@code terminal}, or null when it is not a JLine terminal */
    static Console of(Object terminal) {
        return terminal instanceof Terminal t ? new TerminalConsole(t) : null;
    }

    @Override
    public void print(String text) {
        terminal.writer().print(text);
    }

    @Override
    public void flush() {
        terminal.writer().flush();
        terminal.flush();
    }

    @Override
    public int width() {
        return Math.max(0, terminal.getWidth());
    }

    /** A dumb terminal (input or output not a tty) gets plain lines. */
    @Override
    public boolean redraws() {
        return !terminal.getType().startsWith(Terminal.TYPE_DUMB);
    }

    /**
     * Gogo's own handler interrupts the command's thread, which makes Gogo return at once while
     * the run goes on, and closes the session's interruptible output channels; this handler runs
     * {@code action} instead, so the command ends by itself, cleanly.
     */
    @Override
    public Interrupts onInterrupt(Runnable action) {
        SignalHandler previous = terminal.handle(Signal.INT, signal -> action.run());
        return () -> terminal.handle(Signal.INT, previous);
    }
}
