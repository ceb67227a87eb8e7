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

    private final Distribution distribution;
    private final LauncherLog log;

    BatchCommand(Distribution distribution, LauncherLog log) {
        this.distribution = distribution;
        this.log = log;
    }

    /**
     * Runs {@code conelab:<function> arguments…}; what the command writes goes to {@code out} and
     * the log's error stream, its result to {@code out}.
     *
     * @return 0 when the command returned, 1 (after one line on standard error) otherwise
     */
    int execute(String function, List<String> arguments, PrintStream out) {
        return execute(function, arguments, out, false);
    }

    /**
     * As {@link #execute(String, List, PrintStream)}; with {@code failOnFails}, a command that
     * returned but whose output folders hold a finding with the verdict {@code fails} ends with
     * {@link Main#FINDINGS_FAIL} (after one line on standard error).
     */
    int execute(String function, List<String> arguments, PrintStream out, boolean failOnFails) {
        try (Platform platform = Platform.start(distribution, Platform.Mode.BATCH, log)) {
            LoadFolder.awaitActive(platform.context(), distribution.loadDirectory(), LOAD_TIMEOUT, log);
            try (GogoSession session = GogoSession.open(platform.context(), function, SERVICE_TIMEOUT, out, log.stream())) {
                Object result = session.execute(function, arguments);
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
            log.line(Failures.message(e));
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
