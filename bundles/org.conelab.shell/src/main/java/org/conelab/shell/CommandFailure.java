package org.conelab.shell;

/**
 * An expected failure of a command (bad input, a provider that went away, a cancelled run, an
 * unwritable output, too little memory), shown by the shell as its message alone: Gogo prints an
 * exception's {@code toString()}. The original exception stays available as the cause, for
 * {@code e} ({@code $exception printStackTrace}). The launcher's batch mode knows this class by
 * name as one whose message is complete. Unexpected failures are not wrapped: they keep their
 * type, which Gogo and batch mode name.
 */
final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param cause an expected failure whose message is the line to show */
    CommandFailure(RuntimeException cause) {
        this(cause.getMessage(), cause);
    }

    /**
     * @param message the one line to show
     * @param cause what happened, or null
     */
    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
