package org.conelab.loss.is;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItakuraSaitoLossTest {

    /** Relative agreement with a closed form evaluated in a different but exact-in-theory way. */
    private static final double CLOSED_FORM_TOLERANCE = 1e-13;
    /** Relative step of the central differences: truncation ~h², rounding ~ε/h. */
    private static final double FD_STEP = 1e-5;
    /** Relative agreement of a central difference with the analytic derivative. */
    private static final double FD_TOLERANCE = 1e-7;
    /** Relative agreement of l(a·y, a·f) with l(y, f) when a is not a power of two. */
    private static final double SCALE_TOLERANCE = 1e-12;

    private final ItakuraSaitoLoss loss = new ItakuraSaitoLoss();

    @ParameterizedTest
    @CsvSource({"1.0, 2.0", "2.0, 1.0", "0.3, 0.7", "5.0, 4.5", "1e-3, 2e-3", "100.0, 1.0"})
    void valueGradientAndCurvatureMatchTheirClosedForms(double y, double f) {
        double ratio = y / f;
        double value = ratio - Math.log(ratio) - 1.0;
        double gradient = (f - y) / (f * f);
        double curvature = (2 * y - f) / (f * f * f);

        assertThat(loss.value(y, f)).isCloseTo(value, within(CLOSED_FORM_TOLERANCE * Math.abs(value)));
        assertThat(loss.gradient(y, f)).isCloseTo(gradient, within(CLOSED_FORM_TOLERANCE * Math.abs(gradient)));
        assertThat(loss.curvature(y, f)).isCloseTo(curvature, within(CLOSED_FORM_TOLERANCE * Math.abs(curvature)));
    }

    @Test
    void workedExampleWithSmallNumbers() {
        // y = 2, f = 1: l = 2 − log 2 − 1 = 1 − log 2, g = (1 − 2)/1 = −1, l'' = (4 − 1)/1 = 3
        assertThat(loss.value(2, 1)).isCloseTo(1 - Math.log(2), within(1e-15));
        assertThat(loss.gradient(2, 1)).isEqualTo(-1.0);
        assertThat(loss.curvature(2, 1)).isEqualTo(3.0);
    }

    @ParameterizedTest
    @CsvSource({"1.0, 2.0", "2.0, 1.0", "0.3, 0.7", "5.0, 4.5", "1e-3, 2e-3", "1.0, 1.0", "7.0, 7.5"})
    void gradientAndCurvatureMatchCentralDifferences(double y, double f) {
        double h = FD_STEP * f;
        double gradientFd = (loss.value(y, f + h) - loss.value(y, f - h)) / (2 * h);
        double curvatureFd = (loss.gradient(y, f + h) - loss.gradient(y, f - h)) / (2 * h);
        // scales: the sums of the absolute terms, (f + y)/f² and (2y + f)/f³, which stay away
        // from 0 where the derivatives themselves vanish (f = y, f = 2y)
        double gradientScale = (f + y) / (f * f);
        double curvatureScale = (2 * y + f) / (f * f * f);
        assertThat(loss.gradient(y, f)).isCloseTo(gradientFd, within(FD_TOLERANCE * gradientScale));
        assertThat(loss.curvature(y, f)).isCloseTo(curvatureFd, within(FD_TOLERANCE * curvatureScale));
    }

    @ParameterizedTest
    @CsvSource({"1.0", "0.25", "3.0", "1e-4", "1e4"})
    void vanishesAtTheTargetWithCurvatureOneOverYSquared(double y) {
        assertThat(loss.value(y, y)).isZero();
        assertThat(loss.gradient(y, y)).isZero();
        assertThat(loss.curvature(y, y)).isCloseTo(1 / (y * y), within(CLOSED_FORM_TOLERANCE / (y * y)));
    }

    @Test
    void isNonNegativeAndKeepsRelativeAccuracyNearTheMinimum() {
        Random random = new Random(42);
        for (int trial = 0; trial < 10_000; trial++) {
            double y = Math.exp(4 * random.nextGaussian());
            double f = y * (1 + Math.pow(10, -1 - 12 * random.nextDouble()) * (random.nextBoolean() ? 1 : -1));
            assertThat(loss.value(y, f)).as("l(%s, %s)", y, f).isGreaterThanOrEqualTo(0.0);
        }
        // y/f = 1 + u with u = 1e-6: l = u²/2 − u³/3 + … ; the textbook form keeps ~4 digits here
        double u = 1e-6;
        double expected = u * u / 2 - u * u * u / 3 + u * u * u * u / 4;
        assertThat(loss.value(1 + u, 1)).isCloseTo(expected, within(1e-6 * expected));
    }

    @Test
    void isScaleInvariantWhileTheGradientScalesAsOneOverA() {
        double[][] points = {{1.0, 2.0}, {0.3, 0.7}, {5.0, 4.5}, {2.0, 1.0}};
        double[] scales = {0.5, 4.0, 1e-3, 3.7, 1e5};
        for (double[] point : points) {
            double y = point[0];
            double f = point[1];
            for (double a : scales) {
                double value = loss.value(y, f);
                assertThat(loss.value(a * y, a * f)).as("a = %s", a)
                        .isCloseTo(value, within(SCALE_TOLERANCE * value));
                double gradient = loss.gradient(y, f) / a;
                assertThat(loss.gradient(a * y, a * f)).as("a = %s", a)
                        .isCloseTo(gradient, within(SCALE_TOLERANCE * Math.abs(gradient)));
                double curvature = loss.curvature(y, f) / (a * a);
                assertThat(loss.curvature(a * y, a * f)).as("a = %s", a)
                        .isCloseTo(curvature, within(SCALE_TOLERANCE * Math.abs(curvature)));
            }
        }
        // a power of two scales exactly
        assertThat(loss.value(8 * 0.3, 8 * 0.7)).isEqualTo(loss.value(0.3, 0.7));
    }

    @Test
    void staysFiniteWhenTheRatioUnderflowsAndIsInfiniteWhenItOverflows() {
        // y/f = 1e-600 underflows to 0: l = 1e-600 + log(1e600) − 1
        assertThat(loss.value(1e-300, 1e300)).isCloseTo(600 * Math.log(10) - 1, within(1e-12));
        assertThat(loss.value(1e300, 1e-300)).isInfinite().isPositive();
    }

    @Test
    void acceptsPositiveFiniteArguments() {
        assertThat(loss.domainViolation(1.0, 2.0)).isEmpty();
        assertThat(loss.domainViolation(Double.MIN_VALUE, Double.MAX_VALUE)).isEmpty();
    }

    @Test
    void rejectsNonPositiveOrNonFiniteArgumentsNamingWhichOne() {
        assertThat(loss.domainViolation(-1.0, 1.0)).hasValue("IS loss needs target > 0, got -1.0");
        assertThat(loss.domainViolation(0.0, 1.0)).hasValue("IS loss needs target > 0, got 0.0");
        assertThat(loss.domainViolation(1.0, 0.0)).hasValue("IS loss needs prediction > 0, got 0.0");
        assertThat(loss.domainViolation(1.0, -2.5)).hasValue("IS loss needs prediction > 0, got -2.5");
        assertThat(loss.domainViolation(Double.NaN, 1.0)).hasValue("IS loss needs a finite target, got NaN");
        assertThat(loss.domainViolation(1.0, Double.POSITIVE_INFINITY))
                .hasValue("IS loss needs a finite prediction, got Infinity");
        // the target is reported first when both are bad
        assertThat(loss.domainViolation(-1.0, -1.0)).get().asString().contains("target");
    }
}
