package org.conelab.pipeline;

/**
 * A provider (graph builder, kernel or target generator, loss, solver or analyzer) that failed:
 * threw something other than bad input, returned what its contract rules out, or did not return
 * within {@code stage.timeout}. The one-line message names the provider and what went wrong; the
 * provider's own exception, if any, is the cause (its stack trace is what {@code --debug} shows).
 * An {@link IllegalStateException}, so callers that report the platform's expected failures in
 * one line (the shell, batch mode) do so without knowing this class.
 */
final class ProviderFault extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one line naming the provider and the fault
     * @param cause the provider's exception, or null
     */
    ProviderFault(String message, Throwable cause) {
        super(message, cause);
    }
}
