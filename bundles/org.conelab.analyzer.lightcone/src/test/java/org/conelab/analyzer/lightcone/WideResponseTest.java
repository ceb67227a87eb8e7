package org.conelab.analyzer.lightcone;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.numeric.WideSum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wide-range response against J_t·e_j computed in BigDecimal (60 digits, no exponent
 * limit), and the structural support against a breadth-first search written here.
 */
class WideResponseTest {

    private static final MathContext DIGITS = new MathContext(60);

    /** A symmetric band matrix with mixed signs, some stored zeros, and off-diagonals of size {@code scale}. */
    private static BandedMatrix banded(int n, int range, double scale, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] diagonals = new double[range + 1][];
        for (int k = 0; k <= range; k++) {
            diagonals[k] = new double[n - k];
            for (int i = 0; i < n - k; i++) {
                double v = k == 0 ? 1 + random.nextDouble() : scale * (random.nextDouble() - 0.5);
                diagonals[k][i] = k > 0 && random.nextInt(5) == 0 ? 0.0 : v;
            }
        }
        return new BandedMatrix(n, diagonals);
    }

    /** x_{t+1} = (I − ηKW)x_t in BigDecimal, every product of doubles exact before rounding to 60 digits. */
    private static BigDecimal[] step(SymmetricMatrix k, double[] w, double eta, BigDecimal[] x) {
        int n = x.length;
        BigDecimal[] next = new BigDecimal[n];
        BigDecimal minusEta = new BigDecimal(-eta);
        for (int i = 0; i < n; i++) {
            BigDecimal sum = x[i];
            for (int j = 0; j < n; j++) {
                double kij = k.entry(i, j);
                if (kij != 0.0 && x[j].signum() != 0) {
                    sum = sum.add(minusEta.multiply(new BigDecimal(kij)).multiply(new BigDecimal(w[j])).multiply(x[j]), DIGITS);
                }
            }
            next[i] = sum;
        }
        return next;
    }

    @ParameterizedTest(name = "R={1}, off-diagonal scale {2}")
    @CsvSource({"31, 1, 0.8", "31, 2, 1e-60", "25, 3, 1e-150"})
    void valuesAgreeWithBigDecimalWithinTheirBoundAndCertifiedEntriesAreExactlyNonZero(int n, int range, double scale) {
        SymmetricMatrix k = banded(n, range, scale, n + range);
        double[] w = new double[n];
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < n; i++) {
            w[i] = Math.exp(4 * random.nextGaussian());
        }
        double eta = 0.3 / Arrays.stream(w).max().orElseThrow();
        int source = n / 2;
        int steps = 12;
        StructuralSupport support = StructuralSupport.of(k, source, steps);
        WideResponse wide = new WideResponse(k, w, eta, support);
        BigDecimal[] x = new BigDecimal[n];
        Arrays.fill(x, BigDecimal.ZERO);
        x[source] = BigDecimal.ONE;
        int certified = 0;
        for (int t = 1; t <= steps; t++) {
            wide.advance();
            x = step(k, w, eta, x);
            for (int node = 0; node < n; node++) {
                if (support.structurallyZero(node, t)) {
                    assertThat(x[node].signum()).as("t=%d node=%d structurally zero", t, node).isZero();
                }
            }
            for (int p = 0; p < wide.size(); p++) {
                BigDecimal exact = x[wide.node(p)];
                BigDecimal computed = wideValue(wide.mantissa(p), wide.exponent(p));
                BigDecimal bound = wideValue(1.0, 0).multiply(BigDecimal.valueOf(2).pow(0));
                double log2Error = exact.subtract(computed).signum() == 0 ? Double.NEGATIVE_INFINITY
                        : log2(exact.subtract(computed).abs());
                assertThat(log2Error).as("t=%d p=%d within γ·a", t, p).isLessThanOrEqualTo(wide.log2ErrorBound(p) + 1e-9);
                if (wide.certifiedNonZero(p)) {
                    certified++;
                    assertThat(exact.signum()).as("certified entries are exactly non-zero").isEqualTo((int) Math.signum(wide.mantissa(p)));
                }
                assertThat(bound).isNotNull();
            }
        }
        assertThat(certified).isPositive();
    }

    @Test
    void theSupportIsTheBreadthFirstBallOfTheStoredPattern() {
        BandedMatrix k = banded(60, 3, 0.5, 11);
        int source = 17;
        int steps = 9;
        StructuralSupport support = StructuralSupport.of(k, source, steps);
        // independent BFS over the dense pattern
        int[] hop = new int[60];
        Arrays.fill(hop, Integer.MAX_VALUE);
        hop[source] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>(java.util.List.of(source));
        while (!queue.isEmpty()) {
            int i = queue.poll();
            for (int j = 0; j < 60; j++) {
                if (j != i && k.entry(i, j) != 0.0 && hop[j] == Integer.MAX_VALUE) {
                    hop[j] = hop[i] + 1;
                    queue.add(j);
                }
            }
        }
        for (int t = 0; t <= steps; t++) {
            for (int node = 0; node < 60; node++) {
                assertThat(support.structurallyZero(node, t)).as("t=%d node=%d", t, node).isEqualTo(hop[node] > t);
            }
        }
    }

    private static BigDecimal wideValue(double m, long e) {
        BigDecimal power = BigDecimal.valueOf(2).pow((int) Math.abs(e));
        return e >= 0 ? new BigDecimal(m).multiply(power) : new BigDecimal(m).divide(power);
    }

    private static double log2(BigDecimal v) {
        int scale = v.precision() - v.scale();
        return (Math.log10(v.movePointLeft(scale).doubleValue()) + scale) / Math.log10(2);
    }

    static double log10(WideResponse wide, int p) {
        return WideSum.log10(wide.mantissa(p), wide.exponent(p));
    }
}
