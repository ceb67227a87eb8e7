package org.conelab.analyzer.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** The norms over the whole double range, against BigDecimal. */
class NormsTest {

    /** Relative tolerance of a log₂ norm (at least this absolute). */
    private static final double LOG2_TOLERANCE = 1e-14;

    @Test
    void normsOfHugeAndTinyEntriesAreExactInLogarithm() {
        for (double scale : new double[] {1e300, 1e-300, 4.9e-324, Double.MAX_VALUE / 5}) {
            double[] x = {3 * scale, -4 * scale, scale};
            double[] a = {1, 0.5, 2};
            double expected = log2Exact(a, x);
            assertThat(Norms.log2(a, x)).as("scale %s", scale).isCloseTo(expected, within(LOG2_TOLERANCE * Math.max(1, Math.abs(expected))));
        }
    }

    @Test
    void zeroIsMinusInfinityAndNonFiniteIsNaN() {
        assertThat(Norms.log2(null, new double[] {0, 0})).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Norms.log2(null, new double[] {1, Double.NaN})).isNaN();
        assertThat(Norms.log2(null, new double[] {1, Double.POSITIVE_INFINITY})).isNaN();
        assertThat(Norms.log2Difference(null, 2, new double[] {1, 2}, new double[] {2, 4})).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void theDifferenceIsTakenBeforeTheNorm() {
        double[] x = {1e200, 1};
        double[] y = {1e200 * 3, 0};
        // ‖3x − y‖ = ‖(0, 3)‖ = 3
        assertThat(Norms.log2Difference(null, 3, x, y)).isCloseTo(Math.log(3) / Math.log(2), within(LOG2_TOLERANCE));
    }

    /** @return log₂ ‖a∘x‖₂ in BigDecimal arithmetic */
    private static double log2Exact(double[] a, double[] x) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < x.length; i++) {
            BigDecimal v = new BigDecimal(a[i]).multiply(new BigDecimal(x[i]));
            sum = sum.add(v.multiply(v));
        }
        BigDecimal root = sum.sqrt(MathContext.DECIMAL128);
        // log₂ of a BigDecimal: unscaled digits and the power of ten apart
        int digits = root.precision() - root.scale() - 1;
        double mantissa = root.movePointLeft(digits).doubleValue();
        return (Math.log(mantissa) + digits * Math.log(10)) / Math.log(2);
    }
}
