package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conelab.solver.banded.core.ParallelTiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hot swap, proven: a solver bundle ({@code org.conelab.solver.banded}) and a kernel bundle
 * ({@code org.conelab.kernel.expdecay}) each go through {@value #CYCLES} cycles of stop, start,
 * update to another jar (with refresh) and uninstall + install (with refresh) on the running
 * platform, with runs between the steps every {@value #RUN_EVERY} cycles: while the bundle is
 * stopped the next run falls back to {@code banded-scalar} (solver) or fails with one line saying
 * the kernel is not there (kernel); once it is back, runs use it again. Finally the bundle is
 * uninstalled, and the class loaders of all its old revisions (one per update and install,
 * {@code 2·CYCLES + 1}) must be garbage-collected, with no thread of theirs, nor a tile-pool thread
 * of the banded solver, left alive.
 */
class HotSwapIT {

    static final int CYCLES = 100;
    static final int RUN_EVERY = 20;
    static final String SOLVER_BUNDLE = "org.conelab.solver.banded";
    static final String KERNEL_BUNDLE = "org.conelab.kernel.expdecay";
    static final String SOLVER = "org.conelab.api.solver.Solver";
    static final String KERNEL = "org.conelab.api.kernel.KernelGenerator";

    @RegisterExtension
    final RunningPlatform platform = RunningPlatform.perTest();
    @TempDir
    Path output;
    private final OldRevisions old = new OldRevisions();

    @Test
    void theSimdSolverBundleSurvivesAHundredSwapCyclesAndLeavesNoClassLoaderOrThreadBehind() throws Exception {
        long start = System.nanoTime();
        BundleSwap swap = BundleSwap.of(platform, SOLVER_BUNDLE, old);
        assertThat(solverOf(paper(70001))).as("a run large enough for the tile pool").isEqualTo("banded");
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertThat(tilePoolThreads()).as("the check for pool threads below is not vacuous").isNotEmpty();
        }
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            boolean runs = cycle % RUN_EVERY == 1;
            swap.stop();
            if (runs) {
                assertThat(solverOf(paper(31))).as("cycle %d, stopped: the fallback", cycle).isEqualTo("banded-scalar");
            }
            swap.start();
            if (runs) {
                awaitProvider(SOLVER, "banded");
                assertThat(solverOf(paper(31))).as("cycle %d, started again", cycle).isEqualTo("banded");
            }
            swap.update();
            swap.reinstall();
        }
        awaitProvider(SOLVER, "banded");
        assertThat(solverOf(paper(70001))).as("after the cycles, on the pool").isEqualTo("banded");
        swap.uninstall();
        assertThat(solverOf(paper(31))).as("uninstalled: the fallback").isEqualTo("banded-scalar");

        assertNothingOfTheOldRevisionsSurvives(SOLVER_BUNDLE, start);
    }

    @Test
    void theExpDecayKernelBundleSurvivesAHundredSwapCyclesAndLeavesNoClassLoaderOrThreadBehind() throws Exception {
        long start = System.nanoTime();
        BundleSwap swap = BundleSwap.of(platform, KERNEL_BUNDLE, old);
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            boolean runs = cycle % RUN_EVERY == 1;
            swap.stop();
            if (runs) {
                assertThatThrownBy(this::expDecay).as("cycle %d, stopped", cycle)
                        .hasMessageStartingWith("kernel: no kernel with id 'expdecay'").hasMessageNotContaining("\n");
            }
            swap.start();
            if (runs) {
                awaitProvider(KERNEL, "expdecay");
                assertThat(ResolvedPipeline.value(expDecay(), "kernel")).as("cycle %d, started again", cycle).isEqualTo("expdecay");
            }
            swap.update();
            swap.reinstall();
        }
        awaitProvider(KERNEL, "expdecay");
        assertThat(ResolvedPipeline.value(expDecay(), "kernel")).isEqualTo("expdecay");
        swap.uninstall();
        assertThatThrownBy(this::expDecay).hasMessageStartingWith("kernel: no kernel with id 'expdecay'");

        assertNothingOfTheOldRevisionsSurvives(KERNEL_BUNDLE, start);
    }

    private void assertNothingOfTheOldRevisionsSurvives(String bundle, long start) throws InterruptedException {
        assertThat(old.recorded()).as("revisions replaced or removed").isEqualTo(2 * CYCLES + 1);
        assertThat(awaitNoThreads()).as("threads of the old revisions of %s", bundle).isEmpty();
        int collections = old.collectedAfter();
        assertThat(old.uncollected()).as("class loaders of %s still reachable after %d collections", bundle, OldRevisions.GC_ATTEMPTS)
                .isZero();
        System.out.printf("HotSwapIT: %s, %d cycles in %.1f s; %d old class loaders collected after %d System.gc()%n", bundle, CYCLES,
                (System.nanoTime() - start) / 1e9, old.recorded(), collections);
    }

    /** Pool threads end shortly after their pool is shut down: waits for that, boundedly. */
    private List<Thread> awaitNoThreads() throws InterruptedException {
        List<Thread> alive = new ArrayList<>();
        TestDistribution.await(() -> {
            alive.clear();
            alive.addAll(old.liveThreads(ParallelTiles.THREAD_PREFIX));
            return alive.isEmpty();
        });
        return alive;
    }

    private static List<Thread> tilePoolThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(ParallelTiles.THREAD_PREFIX)).toList();
    }

    private void awaitProvider(String service, String id) throws InterruptedException {
        assertThat(TestDistribution.await(() -> platform.registered(service, id))).as("%s %s registered", service, id).isTrue();
    }

    /** The paper's example on a chain of n nodes, 5 steps, the source in the middle. */
    private Path paper(int n) throws Exception {
        return platform.runInto(output, List.of(example("paper-tridiagonal.properties"), "n=" + n, "steps=5",
                "lightcone.source=" + n / 2));
    }

    private Path expDecay() throws Exception {
        return platform.runInto(output, List.of(example("expdecay-chain.properties"), "n=31", "steps=5"));
    }

    private static String solverOf(Path run) throws java.io.IOException {
        return ResolvedPipeline.value(run, "solver");
    }

    private static String example(String file) {
        return Path.of(System.getProperty("conelab.examples"), file).toString();
    }
}
