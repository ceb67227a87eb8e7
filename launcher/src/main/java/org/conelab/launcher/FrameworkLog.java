package org.conelab.launcher;

import org.apache.felix.framework.Logger;

/**
 * Felix's logger ({@code felix.log.logger}, which must be a {@link Logger}) routed to the
 * launcher's log: one line per event on standard error, instead of Felix's default of printing
 * to standard output with stack traces. Felix's level filter ({@code felix.log.level}, errors
 * only by default) still applies.
 */
final class FrameworkLog extends Logger {

    /** Felix's level number for errors; 2 is warning, 3 info, 4 debug. */
    static final int ERROR = 1;

    private final LauncherLog log;

    FrameworkLog(LauncherLog log) {
        this.log = log;
    }

    @Override
    protected void doLog(int level, String message, Throwable failure) {
        String kind = level <= ERROR ? "framework error: " : "framework: ";
        log.line(kind + message + (failure == null ? "" : " (" + Failures.message(failure) + ")"));
    }
}
