package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak: pipelines run back to back on one thread while, on another, the SIMD solver bundle
 * ({@code org.conelab.solver.banded}) and the kernel bundle ({@code org.conelab.kernel.expdecay})
 * that those runs name go through {@value #CYCLES} cycles each of stop, start, update (with
 * refresh) and uninstall + install (with refresh) — the {@link BundleSwap} of {@link HotSwapIT}.
 * After every cycle, once both are back, a run must complete before the next cycle starts.
 * Every run that completes must write exactly what a quiet run wrote (findings, training figures,
 * inputs and kernel, byte for byte); every run that does not must end with one line saying that
 * its solver or kernel is not there or went away, and leave nothing. Afterwards the heap after
 * garbage collection is within {@value #HEAP_SLACK_MIB} MiB of where it started, no thread has
 * been added (stage threads, tile pools), and the class loaders of every replaced revision are
 * collected.
 */
class SoakIT {

    static final int CYCLES = 30;
    static final long HEAP_SLACK_MIB = 48;
    static final int THREAD_SLACK = 2;
    /** The outputs a completed run must share with the quiet run, byte for byte. */
    static final List<String> COMPARED = List.of("findings.csv", "training.csv", "inputs.csv", "kernel.mtx");

    @RegisterExtension
    final RunningPlatform platform = RunningPlatform.perTest();
    @TempDir
    Path output;
    private final OldRevisions old = new OldRevisions();
    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void runsDuringBundleSwapsGiveTheQuietRunsResultOrEndCleanlyAndNothingLeaks() throws Exception {
        Path quiet = run();
        settle();
        long heapBefore = usedHeapAfterGc();
        int threadsBefore = Thread.getAllStackTraces().size();

        AtomicBoolean swapping = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicInteger identical = new AtomicInteger();
        AtomicInteger endedCleanly = new AtomicInteger();
        Thread runner = new Thread(() -> {
            while (swapping.get()) {
                try {
                    Path folder = run();
                    for (String file : COMPARED) {
                        if (Files.mismatch(quiet.resolve(file), folder.resolve(file)) != -1) {
                            problems.add(folder.getFileName() + "/" + file + " differs from the quiet run's");
                        }
                    }
                    identical.incrementAndGet();
                } catch (AssertionError e) {
                    problems.add(e.getMessage());
                } catch (Exception e) {
                    String line = Failures.describe(e, true);
                    if (isCleanEnd(line)) {
                        endedCleanly.incrementAndGet();
                    } else {
                        problems.add(line);
                    }
                }
            }
        }, "soak-runner");
        long start = System.nanoTime();
        runner.start();
        BundleSwap solver = BundleSwap.of(platform, HotSwapIT.SOLVER_BUNDLE, old);
        BundleSwap kernel = BundleSwap.of(platform, HotSwapIT.KERNEL_BUNDLE, old);
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            for (BundleSwap swap : List.of(solver, kernel)) {
                swap.stop();
                swap.start();
                swap.update();
                swap.reinstall();
            }
            // both back: the next run to complete must be the quiet one again, before the next cycle swaps
            awaitProvider(HotSwapIT.SOLVER, "banded");
            awaitProvider(HotSwapIT.KERNEL, "expdecay");
            int completed = identical.get();
            assertThat(TestDistribution.await(() -> identical.get() > completed || !problems.isEmpty()))
                    .as("cycle %d: a run completed once both bundles were back", cycle).isTrue();
        }
        awaitProvider(HotSwapIT.SOLVER, "banded");
        awaitProvider(HotSwapIT.KERNEL, "expdecay");
        swapping.set(false);
        runner.join();
        assertThat(problems).as("runs that differed from the quiet run or failed otherwise").isEmpty();
        assertThat(identical.get()).as("runs completed during the swaps").isPositive();
        Path after = run();
        for (String file : COMPARED) {
            assertThat(Files.mismatch(quiet.resolve(file), after.resolve(file))).as("after the swaps: %s", file).isEqualTo(-1L);
        }

        settle();
        long heapAfter = usedHeapAfterGc();
        List<Thread> stray = old.liveThreads("conelab-stage-");
        assertThat(stray).as("threads of old revisions, or stage threads").isEmpty();
        assertThat(Thread.getAllStackTraces().size()).as("threads").isLessThanOrEqualTo(threadsBefore + THREAD_SLACK);
        assertThat(old.collectedAfter()).as("old class loaders collected").isPositive();
        assertThat(heapAfter - heapBefore).as("heap after GC grew by (bytes)").isLessThan(HEAP_SLACK_MIB << 20);
        System.out.printf("SoakIT: %d swap cycles (2 bundles) in %.1f s, %d runs: %d identical to the quiet run, %d ended cleanly;"
                + " heap after GC %+.1f MiB; %d old class loaders collected%n", CYCLES, (System.nanoTime() - start) / 1e9, runs.get(),
                identical.get(), endedCleanly.get(), (heapAfter - heapBefore) / 1048576.0, old.recorded());
    }

    /** A run during a swap may find its provider gone (before it starts, or while it runs): that, and only that, is a clean end. */
    private static boolean isCleanEnd(String line) {
        return line.startsWith("solver: no solver with id 'banded'") || line.startsWith("kernel: no kernel with id 'expdecay'")
                || line.endsWith(" went away during the run (its bundle was stopped, updated or uninstalled); nothing was written");
    }

    /** Runs the exponential-decay example (seeded) with the SIMD solver into a fresh folder; a failed run must leave it empty. */
    private Path run() throws Exception {
        Path folder = Files.createDirectories(output.resolve("run-" + runs.incrementAndGet()));
        try {
            return platform.runInto(folder, List.of(TestDistribution.example("expdecay-chain.properties"),
                    "n=201", "steps=8", "compare=mse", "solver=banded", "init.seed=11"));
        } catch (Exception e) {
            assertThat(RunningPlatform.entries(folder)).as("a failed run leaves nothing").isEmpty();
            throw e;
        }
    }

    private void awaitProvider(String service, String id) throws InterruptedException {
        assertThat(TestDistribution.await(() -> platform.registered(service, id))).as("%s %s registered", service, id).isTrue();
    }

    /** Lets pools and stage threads of earlier runs end. */
    private static void settle() throws InterruptedException {
        TestDistribution.await(() -> Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("conelab-stage-")));
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
