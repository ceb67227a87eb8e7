package org.conelab.shell;

/**
 * An expected failure of a command, shown by the shell as its message alone (Gogo prints an
 * exception's {@code toString()}); the original exception stays available as the cause.
 */
final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CommandFailure(RuntimeException cause) {
        super(cause.getMessage(), cause);
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
