package org.conelab.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.conelab.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class StepSizeTest {

    @Test
    void anAbsoluteStepIgnoresTheLimit() {
        assertThat(StepSize.parse("eta", "0.01").resolve(123.0)).isEqualTo(0.01);
    }

    @Test
    void aStableStepIsAFractionOfTheLimit() {
        StepSize eta = StepSize.parse("eta", " 0.5   Stable ");
        assertThat(eta.resolve(3.0)).isEqualTo(1.5);
        assertThat(eta).hasToString("0.5 stable");
    }

    @Test
    void malformedStepsNameTheKey() {
        for (String bad : new String[] {"", "x", "0", "-0.1", "0.5 unstable", "1 2 3", "Infinity"}) {
            assertThatThrownBy(() -> StepSize.parse("eta", bad)).as(bad).isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("eta: ");
        }
    }
}
