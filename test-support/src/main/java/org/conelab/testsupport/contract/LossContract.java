package org.conelab.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.conelab.api.loss.Loss;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Loss} must satisfy, on a grid of targets y and predictions f that override
 * {@link #targets()} and {@link #predictionFactors()} can adapt to the loss's domain:
 * l(y, y) = 0 and l ≥ 0 (a divergence); the gradient ∂l/∂f is the central difference of l and
 * vanishes at f = y; the curvature ∂²l/∂f² is the central difference of the gradient and is a
 * positive finite weight at f = y; points inside the domain report no violation.
 */
public abstract class LossContract {

    /** Relative step of the central differences: h = STEP·|f|, error O(h²) ≈ 1e-10 relative. */
    private static final double STEP = 1e-5;

    /** Agreement required between a derivative and its central difference, relative to the larger magnitude. */
    private static final double DIFFERENCE_TOLERANCE = 1e-6;

    /** @return the loss under test */
    protected abstract Loss create();

    /** @return targets y to test at (default: 10⁻³ … 10³, positive) */
    protected double[] targets() {
        return new double[] {1e-3, 0.05, 0.7, 1.0, 3.0, 40.0, 1e3};
    }

    /** @return predictions as multiples of y, f = c·y (default 0.5 … 2, positive) */
    protected double[] predictionFactors() {
        return new double[] {0.5, 0.9, 1.0, 1.3, 2.0};
    }

    private List<double[]> points() {
        List<double[]> points = new ArrayList<>();
        for (double y : targets()) {
            for (double c : predictionFactors()) {
                points.add(new double[] {y, c * y});
            }
        }
        return points;
    }

    @Test
    void pointsOfTheGridAreInsideTheDomain() {
        Loss loss = create();
        for (double[] p : points()) {
            assertThat(loss.domainViolation(p[0], p[1])).as("domain at y = %s, f = %s", p[0], p[1]).isEmpty();
        }
    }

    @Test
    void theLossIsZeroAtTheTargetAndNonNegativeElsewhere() {
        Loss loss = create();
        for (double[] p : points()) {
            double value = loss.value(p[0], p[1]);
            assertThat(value).as("l(%s, %s)", p[0], p[1]).isGreaterThanOrEqualTo(0.0);
            if (p[0] == p[1]) {
                assertThat(value).as("l(y, y) at y = %s", p[0]).isZero();
            }
        }
    }

    @Test
    void theGradientIsTheCentralDifferenceOfTheLossAndVanishesAtTheTarget() {
        Loss loss = create();
        // the gradient's natural size at f: l''·f
        assertDerivative("∂l/∂f", loss::gradient, loss::value, (y, f) -> Math.abs(loss.curvature(y, f) * f));
        for (double y : targets()) {
            assertThat(loss.gradient(y, y)).as("∂l/∂f at f = y = %s", y).isZero();
        }
    }

    @Test
    void theCurvatureIsTheCentralDifferenceOfTheGradientAndAPositiveWeightAtTheTarget() {
        Loss loss = create();
        // the curvature's natural size at f: l'/f
        assertDerivative("∂²l/∂f²", loss::curvature, loss::gradient, (y, f) -> Math.abs(loss.gradient(y, f) / f));
        for (double y : targets()) {
            double w = loss.curvature(y, y);
            assertThat(w > 0 && Double.isFinite(w)).as("weight w = ∂²l/∂f²(y, y) = %s at y = %s", w, y).isTrue();
        }
    }

    /** Asserts derivative(y, f) = ∂/∂f of(y, f) by central differences at every point of the grid. */
    private void assertDerivative(String what, DoubleBinaryOperator derivative, DoubleBinaryOperator of, DoubleBinaryOperator scale) {
        for (double[] p : points()) {
            double y = p[0];
            double f = p[1];
            double h = STEP * Math.abs(f);
            double difference = (of.applyAsDouble(y, f + h) - of.applyAsDouble(y, f - h)) / (2 * h);
            assertClose(derivative.applyAsDouble(y, f), difference, what, y, f, scale.applyAsDouble(y, f));
        }
    }

    /**
     * Compares a derivative with its central difference relative to the larger of the two and of
     * {@code scale}, the derivative's natural size at f (l''·f for l', l'/f for l''), so that a
     * derivative crossing zero (l' at f = y, the IS curvature at f = 2y) is still held to the
     * difference's O(h²) accuracy.
     */
    private static void assertClose(double derivative, double difference, String what, double y, double f, double scale) {
        double magnitude = Math.max(Math.max(Math.abs(derivative), Math.abs(difference)), scale);
        assertThat(Math.abs(derivative - difference)).as("%s at y = %s, f = %s: %s against the central difference %s", what, y, f,
                derivative, difference).isLessThanOrEqualTo(DIFFERENCE_TOLERANCE * magnitude + Double.MIN_NORMAL);
    }
}
