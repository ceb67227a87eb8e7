package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogCoshLossTest {

    /** Central differences: truncation O(STEP²), rounding O(ε/STEP). */
    private static final double STEP = 1e-5;
    private static final double TOLERANCE = 1e-7;
    private static final double EXACT = 1e-15;

    private final LogCoshLoss loss = new LogCoshLoss();

    @Test
    void gradientAndCurvatureMatchCentralDifferences() {
        double[][] points = {{1, 2}, {3, 0.5}, {-0.2, 0.7}, {5, 5.01}};
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
    void vanishesAtTheTargetWithMseCurvature() {
        assertEquals(0, loss.value(2.5, 2.5), EXACT);
        assertEquals(1, loss.curvature(2.5, 2.5), EXACT);
        // log cosh r = r²/2 − r⁴/12 + r⁶/45 − …, the next term below 1e−26 here
        double f = 1 + 1e-3;
        double r = f - 1;
        double series = r * r / 2 - Math.pow(r, 4) / 12 + Math.pow(r, 6) / 45;
        assertEquals(series, loss.value(1, f), 1e-14 * series);
    }

    @Test
    void growsLinearlyFarFromTheTargetWithoutOverflow() {
        assertEquals(1000 - Math.log(2), loss.value(0, 1000), 1e-12 * 1000);
        assertEquals(-1, loss.gradient(1000, 0), EXACT);
        assertTrue(loss.curvature(0, 300) > 0, "sech²(300) ≈ 4e−261 is representable");
    }

    @Test
    void rejectsNonFiniteInput() {
        assertTrue(loss.domainViolation(1, Double.NaN).isPresent());
        assertTrue(loss.domainViolation(Double.POSITIVE_INFINITY, 1).isPresent());
        assertTrue(loss.domainViolation(-3, 7).isEmpty());
    }
}
