package org.conelab.analyzer.lightcone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DecayingConeTest {

    @Test
    void theSlopeOfAnExactLineIsItsSpeed() {
        assertThat(DecayingCone.slope(new int[] {5, 8, 11, 14, 17})).isCloseTo(3.0, within(1e-12));
    }

    @Test
    void theSlopeIsTheLeastSquaresFit() {
        // fronts 0, 1, 1, 3: slope = Σ(t − 1.5)(f − 1.25)/Σ(t − 1.5)² = 4.5/5 = 0.9
        assertThat(DecayingCone.slope(new int[] {0, 1, 1, 3})).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void aSingleStepHasNoSlope() {
        assertThat(DecayingCone.slope(new int[] {4})).isNaN();
    }
}
