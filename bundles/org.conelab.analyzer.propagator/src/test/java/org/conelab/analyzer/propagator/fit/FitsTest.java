package org.conelab.analyzer.propagator.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.conelab.analyzer.propagator.field.BoxImages;
import org.conelab.analyzer.propagator.field.FreePropagator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each fit recovers the parameters of exact data of its own form, and the shape rule names manufactured profiles. */
class FitsTest {

    private static final double EXACT = 1e-6;

    @Test
    void aLineThroughExactPointsHasNoSlopeError() {
        LineFit fit = LineFit.of(new double[] {1, 2, 3, 4}, new double[] {3, 5, 7, 9});
        assertThat(fit.slope()).isCloseTo(2, within(1e-14));
        assertThat(fit.intercept()).isCloseTo(1, within(1e-14));
        assertThat(fit.slopeError()).isCloseTo(0, within(1e-14));
        assertThat(LineFit.of(new double[] {0, 1}, new double[] {0, 1}).slopeError()).isNaN();
        assertThat(LineFit.logLog(new double[] {1, 2, 4}, new double[] {5, 1.25, 0.3125}).slope()).isCloseTo(-2, within(1e-14));
        assertThatThrownBy(() -> LineFit.of(new double[] {1}, new double[] {1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LineFit.of(new double[] {1, 1}, new double[] {1, 2})).hasMessageContaining("distinct");
    }

    @Test
    void theStandardErrorOfASlopeMatchesTheTextbookFormula() {
        // y = x + (−1, 1, −1, 1): residuals of the fit, slope error √(Σr²/(n−2)/Σ(x−x̄)²)
        double[] x = {0, 1, 2, 3};
        double[] y = {-1, 2, 1, 4};
        LineFit fit = LineFit.of(x, y);
        assertThat(fit.slope()).isCloseTo(1.4, within(1e-14));
        double rss = 0;
        for (int i = 0; i < 4; i++) {
            double r = y[i] - fit.intercept() - fit.slope() * x[i];
            rss += r * r;
        }
        assertThat(fit.slopeError()).isCloseTo(Math.sqrt(rss / 2 / 5), within(1e-14));
    }

    @ParameterizedTest(name = "d = {0}, ℓ = {1}")
    @CsvSource({"1, 0.7", "1, 5", "2, 1.3", "3, 2.2"})
    void theMassiveFitRecoversLengthAndAmplitudeInFreeSpace(int d, double length) {
        double[][] x = new double[12][];
        double[] g = new double[12];
        for (int i = 0; i < 12; i++) {
            x[i] = new double[d];
            x[i][0] = 0.2 + 0.3 * i;
            g[i] = 3.5 * FreePropagator.shape(d, x[i][0] / length);
        }
        MassiveFit fit = MassiveFit.of(d, x, g, null, 0.01, 100);
        assertThat(fit.length()).isCloseTo(length, within(EXACT * length));
        assertThat(fit.amplitude()).isCloseTo(3.5, within(EXACT * 3.5));
        assertThat(fit.rms()).isLessThan(EXACT);
    }

    @ParameterizedTest(name = "d = {0}")
    @CsvSource({"1", "2", "3"})
    void theMassiveFitSeesThroughTheWallsWithTheirImages(int d) {
        double length = 1.7;
        BoxImages walls = new BoxImages(d, 3.0, MassiveFit.MAX_IMAGES);
        BoxImages exact = new BoxImages(d, 3.0, Integer.MAX_VALUE);
        double[][] x = new double[10][];
        double[] g = new double[10];
        for (int i = 0; i < 10; i++) {
            x[i] = new double[d];
            x[i][0] = 0.3 + 0.25 * i;
            g[i] = exact.sum(x[i], r -> FreePropagator.shape(d, r / length), 40 * length);
        }
        MassiveFit withImages = MassiveFit.of(d, x, g, walls, 0.05, 50);
        MassiveFit without = MassiveFit.of(d, x, g, null, 0.05, 50);
        assertThat(withImages.length()).isCloseTo(length, within(1e-5 * length));
        assertThat(Math.abs(without.length() - length)).as("the walls bias a fit that ignores them").isGreaterThan(1e-2 * length);
    }

    @ParameterizedTest(name = "p = {0}")
    @CsvSource({"-1", "0", "1", "2.5", "-0.4"})
    void thePowerLawWithOffsetRecoversItsExponent(double p) {
        double[] r = new double[15];
        double[] g = new double[15];
        for (int i = 0; i < 15; i++) {
            r[i] = 3 + i;
            // A·b_p(r/r0) + c with b_0 = −ln
            g[i] = 2 * PowerLawFit.boxCox(r[i] / r[0], p) + 40;
        }
        PowerLawFit fit = PowerLawFit.of(r, g);
        assertThat(fit.exponent()).isCloseTo(p, within(1e-5));
        assertThat(fit.rms()).isLessThan(1e-9);
        assertThat(fit.scale()).isCloseTo(2, within(1e-4));
        assertThat(fit.offset()).isCloseTo(40, within(1e-4));
    }

    @Test
    void thePlainExponentIsTheLogLogSlopeWithoutOffset() {
        double[] r = {1, 2, 3, 4, 5};
        double[] g = new double[5];
        for (int i = 0; i < 5; i++) {
            g[i] = 7 / r[i];
        }
        PowerLawFit fit = PowerLawFit.of(r, g);
        assertThat(fit.pureExponent()).isCloseTo(1, within(1e-12));
        assertThat(fit.exponent()).isCloseTo(1, within(1e-5));
        assertThatThrownBy(() -> PowerLawFit.of(new double[] {1, 2}, new double[] {1, 2})).hasMessageContaining("three");
    }

    @Test
    void boxCoxIsContinuousThroughZero() {
        assertThat(PowerLawFit.boxCox(3, 1e-12)).isCloseTo(-Math.log(3), within(1e-11));
        assertThat(PowerLawFit.boxCox(3, 1e-6)).isCloseTo((Math.pow(3, -1e-6) - 1) / 1e-6, within(1e-9));
        // b_{−1}(s) = 1 − s: every b_p decreases, so a decaying profile has A > 0 whatever p
        assertThat(PowerLawFit.boxCox(3, -1)).isCloseTo(-2, within(1e-15));
        assertThat(PowerLawFit.boxCox(2, 1)).isCloseTo(-0.5, within(1e-15));
    }

    /** Manufactured axis profiles G(k·h), k = 0 … 31: each shape is named as it was made. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "exponential, EXPONENTIAL",
        "linear,      LINEAR",
        "logarithmic, LOGARITHMIC",
        "coulomb,     POWER_LAW",
        "contact,     CONTACT",
    })
    void namesManufacturedShapes(String kind, Shape expected) {
        double h = 0.5;
        double[] axis = new double[32];
        for (int k = 0; k < axis.length; k++) {
            double r = Math.max(k * h, h / 2);
            axis[k] = switch (kind) {
                case "exponential" -> Math.exp(-r / 2.0);
                case "linear" -> 20 - r;
                case "logarithmic" -> 5 - Math.log(r);
                case "coulomb" -> 1 / r + 0.3;
                default -> Math.exp(-r / 0.05);
            };
        }
        ProfileShape.Result result = ProfileShape.classify(1, h, axis, 3, 16, 1e-9, null);
        assertThat(result.shape()).as(result.describe()).isEqualTo(expected);
        switch (expected) {
            case EXPONENTIAL -> assertThat(result.length()).isCloseTo(2.0, within(1e-5));
            case LINEAR -> assertThat(result.exponent()).isCloseTo(-1, within(1e-4));
            case LOGARITHMIC -> assertThat(result.exponent()).isCloseTo(0, within(1e-4));
            case POWER_LAW -> assertThat(result.exponent()).isCloseTo(1, within(1e-4));
            case CONTACT -> assertThat(result.length()).isCloseTo(h / Math.log(axis[0] / axis[1]), within(1e-12));
        }
        assertThat(result.describe()).startsWith(expected.label());
    }

    @Test
    void aPowerLawIsNotMistakenForAnExponentialNorTheReverse() {
        double h = 1;
        double[] yukawa = new double[40];
        double[] steep = new double[40];
        for (int k = 1; k < 40; k++) {
            yukawa[k] = Math.exp(-k / 4.0) / k;
            steep[k] = Math.pow(k, -2.5);
        }
        yukawa[0] = 10;
        steep[0] = 10;
        ProfileShape.Result y = ProfileShape.classify(3, h, yukawa, 3, 20, 1e-12, null);
        ProfileShape.Result s = ProfileShape.classify(3, h, steep, 3, 20, 1e-12, null);
        assertThat(y.shape()).isEqualTo(Shape.EXPONENTIAL);
        assertThat(y.length()).isCloseTo(4, within(1e-4));
        assertThat(s.shape()).isEqualTo(Shape.POWER_LAW);
        assertThat(s.exponent()).isCloseTo(2.5, within(1e-4));
        assertThat(Shape.LOGARITHMIC.code()).isEqualTo(3);
        assertThat(Shape.POWER_LAW.label()).isEqualTo("power law");
    }
}
