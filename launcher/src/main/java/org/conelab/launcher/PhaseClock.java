package org.conelab.launcher;

import java.io.PrintStream;

/**
 * Start-up timing, on request: with the system property {@code conelab.timing=true} (for example
 * {@code CONELAB_JAVA_OPTS=-Dconelab.timing=true ./conelab list}) every phase of a launch prints
 * one line {@code conelab: timing <phase> <ms since main> ms} on standard error (the JVM's own
 * start before {@code main} is left to an outside clock: the process's start instant is known
 * only to the second on Linux). Without the property nothing is printed and a mark costs one
 * boolean test.
 */
final class PhaseClock {

    static final String PROPERTY = "conelab.timing";

    private static final boolean ENABLED = Boolean.getBoolean(PROPERTY);
    private static final long START = System.nanoTime();
    private static volatile PrintStream out = System.err;

    private PhaseClock() {
    }

    /** Where the lines go (tests); standard error by default. */
    static void printTo(PrintStream stream) {
        out = stream;
    }

    /** Reports that {@code phase} has just ended. */
    static void mark(String phase) {
        if (ENABLED) {
            out.println("conelab: timing " + phase + " " + (System.nanoTime() - START) / 1_000_000 + " ms");
        }
    }
}
