package org.conelab.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WideSumTest {

    /** Relative bound for a sum of 200 terms of one sign: 200·u, with room. */
    private static final double SUM_TOLERANCE = 400 * 0x1p-53;

    /** m·2^e exactly, as a BigDecimal. */
    private static BigDecimal exact(double m, long e) {
        BigDecimal power = BigDecimal.valueOf(2).pow((int) Math.abs(e));
        return e >= 0 ? new BigDecimal(m).multiply(power) : new BigDecimal(m).divide(power);
    }

    @ParameterizedTest(name = "exponents around {0}")
    @ValueSource(longs = {-5000, -1074, 0, 1024, 40000})
    void sumsOfPositiveTermsFarOutsideTheDoubleRangeMatchExactArithmetic(long centre) {
        SplittableRandom random = new SplittableRandom(centre);
        WideSum sum = new WideSum();
        BigDecimal reference = BigDecimal.ZERO;
        for (int k = 0; k < 200; k++) {
            double m = 0.5 + random.nextDouble();
            long e = centre + random.nextInt(-40, 40);
            sum.add(m, e);
            reference = reference.add(exact(m, e));
        }
        BigDecimal computed = exact(sum.mantissa(), sum.exponent());
        double relative = computed.subtract(reference).abs().divide(reference, MathContext.DECIMAL64).doubleValue();
        assertThat(relative).isLessThan(SUM_TOLERANCE);
        assertThat(Math.abs(sum.mantissa())).isBetween(0.5, 1.0);
    }

    @Test
    void aThousandFactorsOfOneThousandthGiveTenToTheMinus3000() {
        double mantissa = 0.5;
        long exponent = 1;
        for (int k = 0; k < 1000; k++) {
            int order = WideSum.binaryOrder(1e-3);
            WideSum product = new WideSum();
            product.add(mantissa * Math.scalb(1e-3, -order), exponent + order);
            mantissa = product.mantissa();
            exponent = product.exponent();
        }
        assertThat(WideSum.log10(mantissa, exponent)).isCloseTo(-3000, within(1e-9));
        assertThat(WideSum.toDouble(mantissa, exponent)).isZero();
    }

    @Test
    void cancellationToExactZeroGivesZero() {
        WideSum sum = new WideSum();
        sum.add(0.75, -3000);
        sum.add(-0.75, -3000);
        assertThat(sum.mantissa()).isZero();
        assertThat(sum.exponent()).isZero();
        assertThat(WideSum.log10(sum.mantissa(), sum.exponent())).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void aTermFarBelowTheSumIsNegligibleAndOneFarAboveReplacesIt() {
        WideSum sum = new WideSum();
        sum.add(0.5, 0);
        sum.add(0.5, -200);
        assertThat(sum.mantissa()).isEqualTo(0.5);
        sum.add(0.5, 200);
        assertThat(sum.exponent()).isEqualTo(200);
        assertThat(sum.mantissa()).isEqualTo(0.5);
    }

    @Test
    void binaryOrderNormalisesSubnormalsToo() {
        for (double m : new double[] {Double.MIN_VALUE, 3 * Double.MIN_VALUE, Double.MIN_NORMAL / 3, Double.MIN_NORMAL, 1.0, -7.5e300}) {
            double normalised = Math.abs(Math.scalb(m, -WideSum.binaryOrder(m)));
            assertThat(normalised).as("m = %s", m).isGreaterThanOrEqualTo(0.5).isLessThan(1.0);
        }
    }

    @Test
    void toDoubleRoundsIntoTheSubnormalRangeAndOverflowsToInfinity() {
        assertThat(WideSum.toDouble(0.5, -1073)).isEqualTo(Double.MIN_VALUE);
        assertThat(WideSum.toDouble(0.5, 1025)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(WideSum.toDouble(-0.5, 2)).isEqualTo(-2.0);
    }
}
