package org.example.conelab.poisson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PoissonDevianceLossTest {

    private static final double STEP = 1e-5;
    private static final double TOLERANCE = 1e-7;
    private final PoissonDevianceLoss loss = new PoissonDevianceLoss();

    @Test
    void gradientAndCurvatureMatchCentralDifferences() {
        double[][] points = {{1, 2}, {3, 0.5}, {0.2, 0.7}};
        for (double[] p : points) {
            double y = p[0];
            double f = p[1];
            double g = (loss.value(y, f + STEP) - loss.value(y, f - STEP)) / (2 * STEP);
            double w = (loss.gradient(y, f + STEP) - loss.gradient(y, f - STEP)) / (2 * STEP);
            assertEquals(g, loss.gradient(y, f), TOLERANCE * Math.max(1, Math.abs(g)));
            assertEquals(w, loss.curvature(y, f), TOLERANCE * Math.max(1, Math.abs(w)));
        }
    }

    @Test
    void vanishesAtTheTargetWithCurvatureOneOverY() {
        assertEquals(0, loss.value(2.5, 2.5), 1e-15);
        assertEquals(1 / 2.5, loss.curvature(2.5, 2.5), 1e-15);
    }

    @Test
    void scalesLinearly() {
        assertEquals(7 * loss.value(1.3, 0.4), loss.value(7 * 1.3, 7 * 0.4), 1e-12);
    }

    @Test
    void rejectsNonPositivePredictions() {
        assertTrue(loss.domainViolation(1, 0).isPresent());
        assertTrue(loss.domainViolation(1, 1).isEmpty());
    }
}
