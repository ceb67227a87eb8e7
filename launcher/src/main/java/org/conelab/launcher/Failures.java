package org.conelab.launcher;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns an exception into the one line the user sees: wrappers removed, first line only. */
final class Failures {

    private Failures() {
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
