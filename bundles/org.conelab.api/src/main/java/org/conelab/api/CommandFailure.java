package org.conelab.api;

/**
 * An expected failure of a shell or batch command, whose message is the whole story: bad input,
 * a provider that went away, a cancelled run, an output that cannot be written, too little
 * memory. A command throws it to end with one line and no stack trace:
 *
 * <ul>
 *   <li>the message is the one line to show, for example {@code run cancelled; nothing was
 *       written} or an {@link InvalidInputException}'s {@code n: must be between 1 and
 *       2147483647, got '0'};</li>
 *   <li>{@link #toString()} is that message alone, without a class name, because Gogo prints an
 *       exception's {@code toString()};</li>
 *   <li>the original exception stays available as the {@linkplain #getCause() cause}, for the
 *       shell's {@code e} ({@code $exception printStackTrace}) and batch mode's {@code --debug};</li>
 *   <li>batch mode ({@code ./conelab COMMAND …}) prints the message alone too, as it does for an
 *       {@link InvalidInputException}, also when this failure is the cause of another.</li>
 * </ul>
 *
 * <p>It sits beside {@link InvalidInputException} rather than under it: not every expected failure
 * is bad input, and an {@code InvalidInputException} (whose {@code toString()} names its class) is
 * what a provider or service throws, which a command then wraps in this one. Unexpected failures
 * (bugs) are not wrapped: they keep their type, which the shell and batch mode name. An extension
 * bundle's own Gogo commands should end their expected failures with this type as well.
 *
 * @since 1.2
 */
public final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param cause an expected failure whose message is the line to show, such as an
     *     {@link InvalidInputException} or an {@link java.io.UncheckedIOException} that names the
     *     file; kept as the cause. Without a message, its {@code toString()} is shown instead.
     */
    public CommandFailure(Throwable cause) {
        this(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
    }

    /**
     * @param message the one line to show
     * @param cause what happened, or null when nothing was thrown before
     */
    public CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** @return the message alone, the line to show */
    @Override
    public String toString() {
        return getMessage();
    }
}
