package org.conelab.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KatoTempleBoundTest {

    /** A = diag(1, 2, 3); y = e_3 + δ·e_1 has θ = (3 + δ²)/(1 + δ²) and ρ = 2δ/(1 + δ²). */
    private static final double DELTA = 1e-4;

    @Test
    void enclosesTheLargestEigenvalueToSecondOrderWithAGap() {
        double[] y = {DELTA, 0, 1};
        double[] g = {DELTA, 0, 3};
        // the second eigenvalue is 2: a = 2
        Enclosure e = KatoTempleBound.largest(y, g, 0.0, 2.0);

        double theta = (3 + DELTA * DELTA) / (1 + DELTA * DELTA);
        double rho = 2 * DELTA / (1 + DELTA * DELTA);
        assertThat(e.value()).isCloseTo(theta, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(e.lower()).isLessThanOrEqualTo(3.0);
        assertThat(e.upper()).isGreaterThanOrEqualTo(3.0);
        // Kato–Temple: 3 − θ ≤ ρ²/(θ − 2), four orders below ρ
        assertThat(e.tolerance()).isLessThanOrEqualTo(1.01 * rho * rho / (theta - 2) + 1e-15).isLessThan(1e-3 * rho);
    }

    @Test
    void withoutAGapTheBoundIsTheResidual() {
        double[] y = {DELTA, 0, 1};
        double[] g = {DELTA, 0, 3};
        Enclosure e = KatoTempleBound.largest(y, g, 0.0, Double.NaN);
        double rho = 2 * DELTA / (1 + DELTA * DELTA);
        assertThat(e.upper() - e.value()).isGreaterThanOrEqualTo(rho).isLessThan(1.01 * rho);
        assertThat(e.lower()).isLessThanOrEqualTo(e.value());
    }

    @Test
    void theErrorOfTheProductWidensTheEnclosure() {
        double[] y = {0, 0, 1};
        double[] g = {0, 0, 3};
        Enclosure exact = KatoTempleBound.largest(y, g, 0.0, 2.0);
        Enclosure widened = KatoTempleBound.largest(y, g, 1e-6, 2.0);
        assertThat(exact.tolerance()).as("a few ulps of 3").isLessThan(4e-15);
        assertThat(widened.value() - widened.lower()).isGreaterThanOrEqualTo(1e-6);
    }

    @Test
    void smallestIsTheLargestOfTheNegatedMatrix() {
        double[] y = {1, 0, DELTA};
        double[] g = {1, 0, 3 * DELTA};
        Enclosure e = KatoTempleBound.smallest(y, g, 0.0, 2.0);
        assertThat(e.lower()).isLessThanOrEqualTo(1.0);
        assertThat(e.upper()).isGreaterThanOrEqualTo(1.0);
        assertThat(e.value()).isGreaterThanOrEqualTo(1.0);
        assertThat(e.tolerance()).isLessThan(1e-7);
    }

    @Test
    void reciprocalOfAPositiveEnclosureEnclosesTheReciprocal() {
        Enclosure e = new Enclosure(4.0, 3.9, 4.2).reciprocal();
        assertThat(e.value()).isEqualTo(0.25);
        assertThat(e.lower()).isLessThanOrEqualTo(1 / 4.2);
        assertThat(e.upper()).isGreaterThanOrEqualTo(1 / 3.9);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Enclosure(1, -1, 2).reciprocal())
                .isInstanceOf(ArithmeticException.class);
    }
}
