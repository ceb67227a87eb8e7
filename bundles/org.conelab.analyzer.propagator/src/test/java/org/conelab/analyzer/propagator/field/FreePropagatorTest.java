package org.conelab.analyzer.propagator.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The closed forms solve (−λΔ + m²)G = δ: the radial equation −λ(G'' + (d−1)/r·G') + m²G = 0 off
 * the source, by finite differences, and the unit flux −λ·|S^{d−1}|·r^{d−1}·G'(r) → 1 into the
 * source (Gauss's law), so they are checked against the equation itself, not against a copy.
 */
class FreePropagatorTest {

    /** Relative residual of the radial equation by central differences of step 1e-4·ℓ (truncation about (step/r)²). */
    private static final double EQUATION = 1e-5;
    /**
     * Flux at r = 1e-6·ℓ against 1: its correction is O(r/ℓ) in 1-D (smaller in 2-D and 3-D),
     * the central difference of step 1e-3·r adds (1e-3)²/6 of truncation and about ε·ℓ/(1e-3·r)
     * of rounding in 1-D, where G hardly changes.
     */
    private static final double FLUX = 1e-5;

    @ParameterizedTest(name = "λ = {0}, y0 = {1}")
    @CsvSource({"1, 1", "0.5, 3", "2, 0.25", "0.02, 10"})
    void eq6IsTheOneDimensionalForm(double lambda, double y0) {
        double length = FreePropagator.length(lambda, y0);
        assertThat(length).isCloseTo(Math.sqrt(lambda / FreePropagator.massSquared(y0)), within(1e-14 * length));
        for (double x : new double[] {0, 0.3 * length, -length, 4 * length}) {
            double eq6 = FreePropagator.eq6(x, lambda, y0);
            assertThat(FreePropagator.value(1, Math.abs(x), lambda, length)).isCloseTo(eq6, within(1e-14 * eq6));
        }
        // G(0) = y0/√(2λ): the amplitude printed in eq. (6)
        assertThat(FreePropagator.eq6(0, lambda, y0)).isCloseTo(y0 / Math.sqrt(2 * lambda), within(1e-15 * y0 / Math.sqrt(2 * lambda)));
    }

    @ParameterizedTest(name = "d = {0}")
    @CsvSource({"1", "2", "3"})
    void solvesTheRadialEquationOffTheSource(int d) {
        double lambda = 0.7;
        double length = 1.3;
        double m2 = lambda / (length * length);
        for (double r : new double[] {0.2, 1, 3}) {
            double step = 1e-4 * length;
            double g = FreePropagator.value(d, r, lambda, length);
            double gp = FreePropagator.value(d, r + step, lambda, length);
            double gm = FreePropagator.value(d, r - step, lambda, length);
            double second = (gp - 2 * g + gm) / (step * step);
            double first = (gp - gm) / (2 * step);
            double residual = -lambda * (second + (d - 1) / r * first) + m2 * g;
            assertThat(Math.abs(residual) / (m2 * g)).as("r = %s", r).isLessThanOrEqualTo(EQUATION);
        }
    }

    @ParameterizedTest(name = "d = {0}")
    @CsvSource({"1, 2", "2, 6.283185307179586", "3, 12.566370614359172"})
    void carriesAUnitFluxIntoTheSource(int d, double sphere) {
        double lambda = 0.7;
        double length = 1.3;
        double r = 1e-6 * length;
        double step = 1e-3 * r;
        double derivative = (FreePropagator.value(d, r + step, lambda, length) - FreePropagator.value(d, r - step, lambda, length)) / (2 * step);
        assertThat(-lambda * sphere * Math.pow(r, d - 1) * derivative).isCloseTo(1, within(FLUX));
    }
}
