package org.conelab.analyzer.propagator.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoxImagesTest {

    private static final double LAMBDA = 0.8;
    private static final double LENGTH = 1.1;

    /**
     * The 1-D Dirichlet Green's function of [−L, L] in closed form,
     * G(x) = sinh((L − |x|)/ℓ)·ℓ/(2λ·cosh(L/ℓ)): the image sum must equal it.
     */
    @ParameterizedTest(name = "L = {0}")
    @CsvSource({"0.5", "1.1", "3.3", "8"})
    void oneDimensionalImagesSumToTheClosedForm(double halfWidth) {
        BoxImages box = new BoxImages(1, halfWidth, Integer.MAX_VALUE);
        for (double x : new double[] {0, 0.1 * halfWidth, -0.5 * halfWidth, 0.99 * halfWidth}) {
            double exact = Math.sinh((halfWidth - Math.abs(x)) / LENGTH) * LENGTH / (2 * LAMBDA * Math.cosh(halfWidth / LENGTH));
            double sum = box.sum(new double[] {x}, r -> FreePropagator.value(1, r, LAMBDA, LENGTH), 50 * LENGTH);
            assertThat(sum).as("x = %s", x).isCloseTo(exact, within(1e-13 * Math.abs(exact) + 1e-16));
        }
    }

    @ParameterizedTest(name = "d = {0}")
    @CsvSource({"2", "3"})
    void vanishesOnTheWalls(int d) {
        double halfWidth = 2.0;
        BoxImages box = new BoxImages(d, halfWidth, Integer.MAX_VALUE);
        double[] inside = new double[d];
        inside[0] = 0.5;
        double scale = box.sum(inside, r -> FreePropagator.value(d, r, LAMBDA, LENGTH), 40 * LENGTH);
        for (double t : new double[] {-1.5, 0, 0.7}) {
            double[] onWall = new double[d];
            onWall[0] = halfWidth;
            onWall[1] = t;
            double wall = box.sum(onWall, r -> FreePropagator.value(d, r, LAMBDA, LENGTH), 40 * LENGTH);
            assertThat(Math.abs(wall)).as("wall at y = %s", t).isLessThanOrEqualTo(1e-12 * scale);
        }
    }

    @Test
    void aLargeBoxLeavesTheFreeFormInTheMiddle() {
        BoxImages box = new BoxImages(3, 40 * LENGTH, Integer.MAX_VALUE);
        double[] x = {0.3, 0.4, 0};
        double free = FreePropagator.value(3, 0.5, LAMBDA, LENGTH);
        // the nearest image is 80ℓ − 0.3 away: e^{−80} is far below rounding
        assertThat(box.sum(x, r -> FreePropagator.value(3, r, LAMBDA, LENGTH), 200 * LENGTH)).isCloseTo(free, within(1e-15 * free));
    }

    @Test
    void theImageCapAndReachLeaveOutFarImages() {
        BoxImages capped = new BoxImages(1, 1.0, 0);
        assertThat(capped.sum(new double[] {0.25}, r -> 1.0, 100)).isEqualTo(1.0);
        BoxImages near = new BoxImages(1, 1.0, 100);
        // reach 2.5 around x = 0: images at ±2 (sign −) only
        assertThat(near.sum(new double[] {0}, r -> 1.0, 2.5)).isEqualTo(-1.0);
    }
}
