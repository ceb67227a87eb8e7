package org.conelab.analyzer.propagator.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BesselK0Test {

    /** Relative agreement with the 17-digit references. */
    private static final double RELATIVE = 2e-15;

    /** K₀(z) to 17 digits from mpmath 1.3 ({@code besselk(0, z)} at 30 digits): independent of the trapezoidal rule. */
    @ParameterizedTest(name = "K0({0})")
    @CsvSource({
        "1e-10, 23.141782445598869",
        "1e-6,  13.931442073626419",
        "0.001, 7.0236888005623813",
        "0.1,   2.4270690247020166",
        "0.5,   0.92441907122766586",
        "1,     0.42102443824070833",
        "2,     0.11389387274953344",
        "5,     0.0036910983340425943",
        "10,    1.7780062316167652e-5",
        "30,    2.1324774964630564e-14",
        "100,   4.656628229175902e-45",
        "300,   3.7236948548891433e-132",
        "700,   4.6697764316853769e-306",
    })
    void agreesWithMpmath(double z, double expected) {
        assertThat(Math.abs(BesselK0.k0(z) - expected) / expected).isLessThanOrEqualTo(RELATIVE);
    }

    @Test
    void smallArgumentsFollowTheLogarithm() {
        // K₀(z) = −ln(z/2) − γ + O(z² ln z)
        double gamma = 0.57721566490153286;
        for (double z : new double[] {1e-8, 1e-5}) {
            assertThat(BesselK0.k0(z)).isCloseTo(-Math.log(z / 2) - gamma, org.assertj.core.api.Assertions.within(1e-8));
        }
    }

    @Test
    void largeArgumentsFollowTheAsymptoticSeries() {
        // K₀(z) ~ √(π/(2z))·e^{−z}·Σ_k (−1)^k·[1²·3²·…·(2k−1)²]/(k!·(8z)^k) (DLMF 10.40.2), six terms
        for (double z : new double[] {50, 200}) {
            double sum = 1;
            double term = 1;
            for (int k = 1; k <= 6; k++) {
                term *= -(2.0 * k - 1) * (2.0 * k - 1) / (k * 8 * z);
                sum += term;
            }
            double series = Math.sqrt(Math.PI / (2 * z)) * Math.exp(-z) * sum;
            assertThat(BesselK0.k0(z) / series - 1).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    @Test
    void rejectsNonPositiveArgumentsAndUnderflowsAtInfinity() {
        assertThatThrownBy(() -> BesselK0.k0(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("z > 0");
        assertThatThrownBy(() -> BesselK0.k0(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(BesselK0.k0(Double.POSITIVE_INFINITY)).isZero();
        assertThat(BesselK0.k0(800)).isZero();
    }
}
