package org.conelab.launcher;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Turns an exception into the one line the user sees: wrappers removed, first line only; for a
 * failure that is not an expected one, its class name and how to see its stack trace.
 */
final class Failures {

    /** The package of the API's exceptions. */
    private static final String API = "org.conelab.api.";

    /**
     * Failures whose message is the whole story, by class name, since the API's classes live in
     * the framework, out of the launcher's sight: bad input ({@code InvalidInputException}) and
     * the expected failure that every command, the platform's and an extension's, ends with
     * ({@code CommandFailure}).
     */
    static final Set<String> EXPECTED = Set.of(API + "InvalidInputException", API + "CommandFailure");

    /** Appended to the line of an unexpected failure. */
    static final String DEBUG_HINT = "(run again with --debug for the stack trace)";

    private Failures() {
    }

    /**
     * @param failure what ended the command
     * @param debug whether the stack trace was printed already (then no hint)
     * @return the message alone for an expected failure (see {@link #isExpected}); otherwise the
     *     unwrapped exception's simple class name, its message and, without {@code debug}, the
     *     {@value #DEBUG_HINT}, e.g. {@code RuntimeException: boom from rbf (run again with --debug …)}
     */
    static String describe(Throwable failure, boolean debug) {
        Throwable t = unwrap(failure);
        if (isExpected(t)) {
            return message(t);
        }
        String text = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName()
                : t.getClass().getSimpleName() + ": " + firstLine(t.getMessage());
        return debug ? text : text + " " + DEBUG_HINT;
    }

    /**
     * @return whether {@code t} is the launcher's own, or the class (or a superclass) of it or of
     *     one of its causes is in {@link #EXPECTED}: a command may wrap bad input to show it
     */
    static boolean isExpected(Throwable t) {
        if (t instanceof LaunchException) {
            return true;
        }
        for (Throwable cause = t; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
                if (EXPECTED.contains(type.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The exception under reflection and execution wrappers. */
    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t && isWrapper(t)) {
            t = t.getCause();
        }
        return t;
    }

    /** The unwrapped exception's message, its first line, or its simple class name if it has none. */
    static String message(Throwable failure) {
        Throwable t = unwrap(failure);
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            Throwable cause = t.getCause();
            return cause != null && cause != t ? message(cause) : t.getClass().getSimpleName();
        }
        return firstLine(message);
    }

    static String firstLine(String text) {
        String trimmed = text.strip();
        int end = trimmed.indexOf('\n');
        return (end < 0 ? trimmed : trimmed.substring(0, end)).strip();
    }

    private static boolean isWrapper(Throwable t) {
        return t instanceof InvocationTargetException
                || t instanceof UndeclaredThrowableException
                || t instanceof ExecutionException
                || t instanceof CompletionException
                || (t instanceof RuntimeException && t.getClass() == RuntimeException.class && t.getMessage() != null
                        && t.getMessage().equals(String.valueOf(t.getCause())));
    }
}
