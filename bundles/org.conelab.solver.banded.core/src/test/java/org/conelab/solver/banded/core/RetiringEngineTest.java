package org.conelab.solver.banded.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The counting of {@link RetiringEngine}: closed exactly once, by whichever of retire and the last release comes last. */
class RetiringEngineTest {

    private final RetiringEngine shared = new RetiringEngine(new BandedEngine(new ScalarSweeps(), 2, null));

    @Test
    void retiringAnUnusedEngineClosesItAtOnceAndRefusesNewCalls() {
        shared.retire();

        assertThat(shared.isClosed()).isTrue();
        assertThat(shared.acquire()).isEmpty();
    }

    @Test
    void aRetiredEngineInUseClosesOnTheLastRelease() {
        Optional<BandedEngine> first = shared.acquire();
        Optional<BandedEngine> second = shared.acquire();
        assertThat(first).isPresent().isEqualTo(second);

        shared.retire();
        assertThat(shared.isClosed()).as("two calls still use it").isFalse();
        assertThat(shared.acquire()).as("a retired engine takes no new call").isEmpty();
        shared.release();
        assertThat(shared.isClosed()).as("one call still uses it").isFalse();
        shared.release();
        assertThat(shared.isClosed()).isTrue();
    }

    @Test
    void releasesWithoutRetireKeepItOpenAndAnUnmatchedReleaseFails() {
        shared.acquire();
        shared.release();

        assertThat(shared.isClosed()).isFalse();
        assertThatThrownBy(shared::release).isInstanceOf(IllegalStateException.class);
    }
}
