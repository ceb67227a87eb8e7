package org.conelab.solver.banded.scalar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.solver.banded.core.ParallelTiles;
import org.conelab.testsupport.Agreement;
import org.conelab.testsupport.RandomVectors;
import org.conelab.testsupport.ReferenceDynamics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The configure/pool race, provoked deterministically: an evolve on the solver's thread pool is
 * held by a latch in its observer (after the pool has run its first block) while the component
 * is reconfigured ({@code @Modified}) or deactivated. The run must finish on the engine it began
 * on with the right result, that engine's threads must end when the run returns (not before,
 * and not never), and no thread the solver started may survive {@code deactivate}.
 */
class ConfigureDuringRunTest {

    /** Above TemporalBlocking's parallel threshold (2^16 rows), so the tiles run on the pool. */
    static final int N = 1 << 17;
    static final int STEPS = 8;
    /** The observer sees t = 0, 4, 8; the run is held at t = 4, between two pooled blocks. */
    static final int INTERVAL = 4;
    static final int HELD_AT = 4;
    static final double TOLERANCE = 1e-12;
    static final long WAIT_SECONDS = 10;

    private final StencilMatrix kernel = new StencilMatrix(N, new double[] {1.0, 0.4});
    private final LinearDynamics dynamics = ReferenceDynamics.gershgorinStable(kernel, RandomVectors.isWeights(N, 0.5, 3));
    private final double[] e0 = RandomVectors.gaussian(N, 4);
    private Set<Thread> before;

    @BeforeEach
    void snapshotThreads() {
        before = new HashSet<>(Thread.getAllStackTraces().keySet());
    }

    @Test
    void aRunHeldWhileTheSolverIsReconfiguredFinishesOnItsEngineWhoseThreadsEndWithTheRun() throws Exception {
        ScalarBandedSolver solver = activated(2);
        HeldRun run = HeldRun.start(solver, dynamics, e0);
        run.awaitHeld();
        assertThat(poolThreads()).as("the first block ran on the pool").isNotEmpty();

        solver.activate(threads(3));
        assertThat(solver.threads()).isEqualTo(3);
        assertThat(poolThreads()).as("the old engine's threads serve the held run").isNotEmpty();

        double[] result = run.release();
        assertThat(Agreement.relativeError(result, ReferenceDynamics.evolve(dynamics, e0, STEPS))).isLessThan(TOLERANCE);
        assertThat(awaitNoPoolThreads()).as("the old engine's threads end with its last run").isEmpty();

        double[] again = e0.clone();
        solver.evolve(dynamics, again, STEPS, INTERVAL, (t, e) -> true);
        assertThat(again).containsExactly(result);
        solver.deactivate();
        assertThat(awaitNoPoolThreads()).as("no thread of the solver survives deactivate").isEmpty();
    }

    @Test
    void aRunHeldWhileTheSolverIsDeactivatedFinishesAndNoThreadSurvives() throws Exception {
        ScalarBandedSolver solver = activated(2);
        HeldRun run = HeldRun.start(solver, dynamics, e0);
        run.awaitHeld();

        solver.deactivate();
        double[] result = run.release();

        assertThat(Agreement.relativeError(result, ReferenceDynamics.evolve(dynamics, e0, STEPS))).isLessThan(TOLERANCE);
        assertThat(awaitNoPoolThreads()).as("no thread of the solver survives deactivate and the run").isEmpty();
        assertThatThrownBy(() -> solver.evolve(dynamics, e0.clone(), 1, 1, (t, e) -> true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("deactivated");
        assertThat(awaitNoPoolThreads()).as("a call after deactivate starts no pool").isEmpty();
    }

    private static ScalarBandedSolver activated(int threads) {
        ScalarBandedSolver solver = new ScalarBandedSolver();
        solver.activate(threads(threads));
        return solver;
    }

    /** The configuration DS would pass: {@code threads = n}. */
    static BandedSolverConfig threads(int n) {
        return new BandedSolverConfig() {
            @Override
            public int threads() {
                return n;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return BandedSolverConfig.class;
            }
        };
    }

    /** @return the live threads started since the test began that belong to a fork-join pool (named or default) */
    private List<Thread> poolThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).filter(t -> !before.contains(t))
                .filter(t -> t.getName().startsWith(ParallelTiles.THREAD_PREFIX) || t.getName().startsWith("ForkJoinPool-"))
                .toList();
    }

    private List<Thread> awaitNoPoolThreads() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        List<Thread> alive = poolThreads();
        while (!alive.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            alive = poolThreads();
        }
        return alive;
    }

    /** An evolve on its own thread whose observer blocks at t = {@value #HELD_AT} until released. */
    private static final class HeldRun {
        private final CountDownLatch held = new CountDownLatch(1);
        private final CountDownLatch go = new CountDownLatch(1);
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final double[] error;
        private final Thread thread;

        private HeldRun(ScalarBandedSolver solver, LinearDynamics dynamics, double[] e0) {
            error = e0.clone();
            thread = new Thread(() -> {
                try {
                    solver.evolve(dynamics, error, STEPS, INTERVAL, (t, e) -> {
                        if (t == HELD_AT) {
                            held.countDown();
                            awaitQuietly(go);
                        }
                        return true;
                    });
                } catch (Throwable e) {
                    failure.set(e);
                }
            }, "held-evolve");
        }

        static HeldRun start(ScalarBandedSolver solver, LinearDynamics dynamics, double[] e0) {
            HeldRun run = new HeldRun(solver, dynamics, e0);
            run.thread.start();
            return run;
        }

        void awaitHeld() throws InterruptedException {
            assertThat(held.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the run reached t = " + HELD_AT).isTrue();
        }

        double[] release() throws InterruptedException {
            go.countDown();
            thread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            assertThat(thread.isAlive()).as("the run ended").isFalse();
            assertThat(failure.get()).as("the run's failure").isNull();
            return error;
        }

        private static void awaitQuietly(CountDownLatch latch) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
