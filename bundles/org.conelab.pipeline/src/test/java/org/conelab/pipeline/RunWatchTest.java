package org.conelab.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.conelab.api.progress.Progress;
import org.conelab.pipeline.RunWatch.UsedProvider;
import org.junit.jupiter.api.Test;

/** When a {@link RunWatch} counts a provider as gone, and what the watched progress then does. */
class RunWatchTest {

    private final RunWatches watches = new RunWatches();
    private final Object solver = new Object();
    private final Object other = new Object();

    @Test
    void aProviderUnregisteredDuringPlanningCountsOnceTheRunSaysItUsesIt() {
        try (RunWatch watch = watches.open()) {
            watches.unregistered(solver);
            assertThat(watch.lost()).as("not yet known to be used").isEmpty();

            watch.uses(List.of(new UsedProvider("solver", "solver", "banded", solver)));

            assertThat(watch.lost()).map(UsedProvider::describe).contains("solver 'banded'");
        }
        assertThat(watches.size()).isZero();
    }

    @Test
    void theWatchedProgressThrowsOnWorkAndAnswersCancelledOnceAProviderIsGone() {
        try (RunWatch watch = watches.open()) {
            watch.uses(List.of(new UsedProvider("kernel", "kernel", "graph", solver)));
            Progress progress = watch.watching(Progress.NONE);
            watches.unregistered(other);
            progress.worked(1);
            assertThat(progress.isCancelled()).as("an unused provider went").isFalse();

            watches.unregistered(solver);

            assertThat(progress.isCancelled()).isTrue();
            assertThatThrownBy(() -> progress.worked(1)).isInstanceOf(CancellationException.class)
                    .hasMessage("kernel 'graph' went away during the run (its bundle was stopped, updated or uninstalled); nothing was written");
            assertThatThrownBy(() -> progress.begin("next", 1)).isInstanceOf(CancellationException.class);
        }
    }
}
