package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run in flight when its provider goes away: a long training run (n = 100 001, 2000 steps:
 * about two minutes undisturbed) is started through {@code conelab:run} on another thread, and
 * once it is inside the training analyzer its solver bundle is stopped, or its kernel bundle
 * uninstalled and refreshed. The run must end within seconds with one line naming the provider
 * that went away, leave nothing in the output folder (no run folder, no hidden partial one), and
 * the platform must go on: the next run succeeds.
 */
class InFlightRemovalIT {

    /** How long the long run may take to reach its analysis, and then to end once its provider is gone. */
    static final long WAIT_SECONDS = 60;
    static final long POLL_MILLIS = 20;
    static final String SOLVER = "org.conelab.api.solver.Solver";
    static final String GONE = " went away during the run (its bundle was stopped, updated or uninstalled); nothing was written";

    @RegisterExtension
    final RunningPlatform platform = RunningPlatform.perTest();
    @TempDir
    Path output;

    @Test
    void stoppingTheSolverBundleEndsTheRunWithOneLineNamingItAndWritesNothing() throws Exception {
        // the run must start on the SIMD solver, so that stopping its bundle is felt
        assertThat(TestDistribution.await(() -> platform.registered(SOLVER, "banded"))).as("solver 'banded' registered").isTrue();
        assertTheRunEndsCleanlyWhen(() -> platform.bundle("org.conelab.solver.banded").stop(), "solver 'banded'");

        Path next = platform.runInto(output, List.of(example("paper-tridiagonal.properties")));
        assertThat(ResolvedPipeline.value(next, "solver")).isEqualTo("banded-scalar");
    }

    @Test
    void uninstallingTheKernelBundleEndsTheRunWithOneLineNamingItAndWritesNothing() throws Exception {
        assertTheRunEndsCleanlyWhen(() -> {
            platform.bundle("org.conelab.kernel.tridiagonal").uninstall();
            platform.refresh();
        }, "kernel 'tridiagonal'");

        Path next = platform.runInto(output, List.of(example("expdecay-chain.properties")));
        assertThat(ResolvedPipeline.value(next, "kernel")).isEqualTo("expdecay");
    }

    /** Something a user does to a bundle while the platform runs. */
    @FunctionalInterface
    private interface Removal {
        void perform() throws Exception;
    }

    /** Starts the long run, performs {@code removal} once it is inside the training analyzer, and checks how the run ends. */
    private void assertTheRunEndsCleanlyWhen(Removal removal, String provider) throws Exception {
        LongRun run = LongRun.start(platform, output);
        run.awaitInside("org.conelab.analyzer.training.");

        run.removing();
        removal.perform();

        assertThat(run.failure()).hasMessage(provider + GONE);
        assertThat(RunningPlatform.entries(output)).as("nothing written, not even a hidden partial folder").isEmpty();
    }

    private static String example(String file) {
        return Path.of(System.getProperty("conelab.examples"), file).toString();
    }

    /** {@code examples/conditioning.properties} with the training analyzer alone at n = 100 001 and 2000 steps, on its own thread. */
    private static final class LongRun {
        private final CompletableFuture<Object> result = new CompletableFuture<>();
        private final Thread thread;
        private long removed;

        private LongRun(RunningPlatform platform, Path output) {
            thread = new Thread(() -> {
                try {
                    result.complete(platform.command("run", List.of(example("conditioning.properties"), "analyzers=training",
                            "n=100001", "steps=2000", "training.sweep=off", "output=" + output)));
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            }, "in-flight run");
        }

        static LongRun start(RunningPlatform platform, Path output) {
            LongRun run = new LongRun(platform, output);
            run.thread.start();
            return run;
        }

        /**
         * Waits until some thread executes code of a class whose name starts with {@code classPrefix}
         * (Gogo runs a command on a thread of its own, not on the caller's).
         */
        void awaitInside(String classPrefix) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (!result.isDone() && !inside(classPrefix)) {
                assertThat(System.nanoTime()).as("the run reaches %s within %d s", classPrefix, WAIT_SECONDS).isLessThan(deadline);
                Thread.sleep(POLL_MILLIS);
            }
            assertThat(result).as("the run is still running").isNotDone();
        }

        private boolean inside(String classPrefix) {
            return Thread.getAllStackTraces().values().stream().flatMap(Arrays::stream)
                    .anyMatch(f -> f.getClassName().startsWith(classPrefix));
        }

        /** Notes the time: the provider goes away now. */
        void removing() {
            removed = System.nanoTime();
        }

        /** @return what the run failed with, within {@value #WAIT_SECONDS} s */
        Throwable failure() throws InterruptedException, java.util.concurrent.TimeoutException {
            try {
                Object summary = result.get(WAIT_SECONDS, TimeUnit.SECONDS);
                throw new AssertionError("the run succeeded: " + summary);
            } catch (ExecutionException e) {
                System.out.printf("InFlightRemovalIT: the run ended %.2f s after its provider went away: %s%n",
                        (System.nanoTime() - removed) / 1e9, e.getCause().getMessage());
                return e.getCause();
            }
        }
    }
}
