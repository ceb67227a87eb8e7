package org.conelab.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * Batch mode: starts the platform without the interactive shell, runs one {@code conelab:}
 * Gogo command, prints its result on standard output and stops the platform.
 */
final class BatchCommand {

    /** How long the command services may take to appear after the bundles started. */
    static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(60);
    /** How long FileInstall may take to start the bundles already in the load folder. */
    static final Duration LOAD_TIMEOUT = Duration.ofSeconds(10);

    /** The commands that write charts, for which the JDK's graphics are warmed up while the platform starts. */
    static final java.util.Set<String> DRAWING_FUNCTIONS = java.util.Set.of("run", "paper");

    private final Distribution distribution;
    private final LauncherLog log;
    private final boolean debug;

    /**
     * @param distribution the distribution to start
     * @param log where reports go
     * @param debug whether a failure's stack trace is printed before its line
     */
    BatchCommand(Distribution distribution, LauncherLog log, boolean debug) {
        this.distribution = distribution;
        this.log = log;
        this.debug = debug;
    }

    /**
     * Runs {@code conelab:<function> arguments…}; what the command writes goes to {@code out} and
     * the log's error stream, its result to {@code out}. With {@code failOnFails}, a command that
     * returned but whose output folders hold a finding with the verdict {@code fails} ends with
     * {@link Main#FINDINGS_FAIL} (after one line on standard error).
     *
     * @return 0 when the command returned, 1 (after one line on standard error, see
     *     {@link Failures#describe}) when it failed
     */
    int execute(String function, List<String> arguments, PrintStream out, boolean failOnFails) {
        if (DRAWING_FUNCTIONS.contains(function)) {
            GraphicsWarmUp.start();
        }
        try (Platform platform = Platform.start(distribution, Platform.Mode.BATCH, log)) {
            LoadFolder.awaitActive(platform.context(), distribution.loadDirectory(), LOAD_TIMEOUT, log);
            PhaseClock.mark("load folder active");
            try (GogoSession session = GogoSession.open(platform.context(), function, SERVICE_TIMEOUT, out, log.stream())) {
                PhaseClock.mark("command available");
                Object result = session.execute(function, arguments);
                PhaseClock.mark("command done");
                print(result, out);
                if (failOnFails && result != null) {
                    int failed = FailedFindings.count(result.toString());
                    if (failed > 0) {
                        log.line(failed + " finding(s) fail (--fail-on-fails)");
                        return Main.FINDINGS_FAIL;
                    }
                }
            }
            return Main.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.line("interrupted");
            return Main.FAILED;
        } catch (Exception e) {
            if (debug) {
                log.stackTrace(Failures.unwrap(e));
            }
            log.line(Failures.describe(e, debug));
            return Main.FAILED;
        }
    }

    private static void print(Object result, PrintStream out) {
        if (result == null) {
            return;
        }
        String text = result.toString();
        out.print(text.endsWith("\n") ? text : text + "\n");
        out.flush();
    }
}
