package org.conelab.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Dot2Test {

    private static final double U = Dot2.UNIT_ROUNDOFF;

    @Test
    void workedExampleThatPlainSummationLoses() {
        // 10¹⁶ + 1 − 10¹⁶: plain summation rounds 10¹⁶ + 1 to 10¹⁶ and returns 0
        double[] x = {1e16, 1, -1e16};
        double[] ones = {1, 1, 1};
        assertThat(x[0] + x[1] + x[2]).isZero();
        assertThat(Dot2.dot(x, ones)).isEqualTo(1.0);
    }

    @Test
    void productsAreSplitExactly() {
        // (1 + 2⁻³⁰)² = 1 + 2⁻²⁹ + 2⁻⁶⁰: the last term is below ulp(1) and survives only in the correction
        double a = 1 + 0x1p-30;
        Dot2 acc = new Dot2();
        acc.add(a, a);
        acc.add(-1.0, 1.0);
        acc.add(-0x1p-29, 1.0);
        assertThat(acc.value()).isEqualTo(0x1p-60);
    }

    @Test
    void illConditionedDotProductsMeetTheBoundAgainstBigDecimal() {
        Random random = new Random(5);
        for (int trial = 0; trial < 20; trial++) {
            int n = 200;
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n / 2; i++) {
                // pairs that cancel to the last bits: condition number about 1e16·2^trial
                x[i] = random.nextGaussian() * Math.pow(2, trial);
                y[i] = random.nextGaussian();
                x[n / 2 + i] = -x[i];
                y[n / 2 + i] = y[i] * (1 + 1e-15 * random.nextGaussian());
            }
            BigDecimal exact = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                exact = exact.add(new BigDecimal(x[i]).multiply(new BigDecimal(y[i])));
            }
            double error = new BigDecimal(Dot2.dot(x, y)).subtract(exact).abs().doubleValue();
            double bound = U * Math.abs(exact.doubleValue()) + Dot2.gammaSquared(n) * Dot2.dotMagnitude(x, y);
            assertThat(error).as("trial %d", trial).isLessThanOrEqualTo(bound);
        }
    }

    @Test
    void gammaSquaredIsZeroForNoTermsAndInfiniteBeyondOneOverU() {
        assertThat(Dot2.gammaSquared(0)).isZero();
        assertThat(Dot2.gammaSquared(1)).isCloseTo(U * U, org.assertj.core.api.Assertions.within(1e-40));
        assertThat(Dot2.gammaSquared(1 / U)).isInfinite();
        assertThat(Dot2.inflate(1.0, 10)).isGreaterThan(1.0).isLessThan(1 + 1e-14);
        assertThat(new BigDecimal(Dot2.gammaSquared(1000)).round(MathContext.DECIMAL32).doubleValue())
                .isCloseTo(Math.pow(1000 * U, 2), org.assertj.core.api.Assertions.within(1e-30));
    }
}
