package org.conelab.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HypotTest {

    /** Relative error allowed against {@link Math#hypot} (1 ulp): two roundings of the sum, one of the root. */
    private static final double RELATIVE_TOLERANCE = 2 * Math.ulp(1.0);

    @Test
    void pythagoreanTripleIsExact() {
        assertThat(Hypot.of(3, 4)).isEqualTo(5.0);
        assertThat(Hypot.of(-5, 12)).isEqualTo(13.0);
        assertThat(Hypot.of(0, 0)).isEqualTo(0.0);
    }

    @Test
    void randomArgumentsAgreeWithMathHypot() {
        Random random = new Random(5);
        for (int trial = 0; trial < 10_000; trial++) {
            double a = random.nextGaussian() * Math.pow(10, random.nextInt(41) - 20);
            double b = random.nextGaussian() * Math.pow(10, random.nextInt(41) - 20);
            double expected = Math.hypot(a, b);
            assertThat(Hypot.of(a, b)).isCloseTo(expected, within(RELATIVE_TOLERANCE * expected));
        }
    }

    @Test
    void extremeMagnitudesNeitherOverflowNorUnderflow() {
        assertThat(Hypot.of(3e200, 4e200)).isCloseTo(5e200, within(RELATIVE_TOLERANCE * 5e200));
        assertThat(Hypot.of(3e-200, 4e-200)).isCloseTo(5e-200, within(RELATIVE_TOLERANCE * 5e-200));
        assertThat(Hypot.of(Double.POSITIVE_INFINITY, Double.NaN)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Hypot.of(1, Double.NaN)).isNaN();
    }
}
