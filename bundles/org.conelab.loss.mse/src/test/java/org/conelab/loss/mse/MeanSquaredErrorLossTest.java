package org.conelab.loss.mse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeanSquaredErrorLossTest {

    /** Relative step of the central differences. */
    private static final double FD_STEP = 1e-5;
    /** Agreement of a central difference with the analytic derivative, relative to max(1, |f|, |y|). */
    private static final double FD_TOLERANCE = 1e-8;
    /** Relative agreement of l(a·y, a·f) with a²·l(y, f). */
    private static final double SCALE_TOLERANCE = 1e-13;

    private final MeanSquaredErrorLoss loss = new MeanSquaredErrorLoss();

    @Test
    void workedExampleWithSmallIntegers() {
        // y = 1, f = 4: l = ½·3² = 4.5, g = 3, l'' = 1
        assertThat(loss.value(1, 4)).isEqualTo(4.5);
        assertThat(loss.gradient(1, 4)).isEqualTo(3.0);
        assertThat(loss.curvature(1, 4)).isEqualTo(1.0);
        assertThat(loss.value(4, 1)).isEqualTo(4.5);
        assertThat(loss.gradient(4, 1)).isEqualTo(-3.0);
    }

    @ParameterizedTest
    @CsvSource({"1.0, 2.0", "2.0, 1.0", "-0.3, 0.7", "5.0, -4.5", "0.0, 0.0", "1e3, 1e3"})
    void gradientAndCurvatureMatchCentralDifferences(double y, double f) {
        double h = FD_STEP * Math.max(1.0, Math.abs(f));
        double gradientFd = (loss.value(y, f + h) - loss.value(y, f - h)) / (2 * h);
        double curvatureFd = (loss.gradient(y, f + h) - loss.gradient(y, f - h)) / (2 * h);
        double scale = Math.max(1.0, Math.max(Math.abs(f), Math.abs(y)));

        assertThat(loss.gradient(y, f)).isCloseTo(gradientFd, within(FD_TOLERANCE * scale));
        assertThat(loss.curvature(y, f)).isCloseTo(curvatureFd, within(FD_TOLERANCE * scale));
    }

    @ParameterizedTest
    @CsvSource({"1.0", "-2.0", "0.0", "1e8"})
    void vanishesAtTheTargetWithUnitCurvature(double y) {
        assertThat(loss.value(y, y)).isZero();
        assertThat(loss.gradient(y, y)).isZero();
        assertThat(loss.curvature(y, y)).isEqualTo(1.0);
    }

    @Test
    void isNotScaleInvariantButScalesAsASquared() {
        double y = 0.3;
        double f = 0.7;
        double value = loss.value(y, f);
        for (double a : new double[] {0.5, 3.7, 1e-3, 1e4}) {
            double scaled = loss.value(a * y, a * f);
            assertThat(scaled).as("a = %s", a).isCloseTo(a * a * value, within(SCALE_TOLERANCE * a * a * value));
            assertThat(scaled).as("a = %s", a).isNotCloseTo(value, within(0.1 * value));
        }
    }

    @Test
    void acceptsAnyFiniteValues() {
        assertThat(loss.domainViolation(-1.0, 0.0)).isEmpty();
        assertThat(loss.domainViolation(0.0, -Double.MAX_VALUE)).isEmpty();
    }

    @Test
    void rejectsNonFiniteValuesNamingWhichOne() {
        assertThat(loss.domainViolation(Double.NaN, 1.0)).hasValue("MSE loss needs a finite target, got NaN");
        assertThat(loss.domainViolation(1.0, Double.NEGATIVE_INFINITY))
                .hasValue("MSE loss needs a finite prediction, got -Infinity");
    }
}
