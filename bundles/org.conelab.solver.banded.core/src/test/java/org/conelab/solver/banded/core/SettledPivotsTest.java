package org.conelab.solver.banded.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.solver.dense.DenseSolver;
import org.conelab.testsupport.Agreement;
import org.conelab.testsupport.RandomVectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The settled pivots of a constant tri-diagonal matrix: the Thomas solve of a stencil, which
 * stores its pivots only up to their first repetition, against the same matrix stored as
 * diagonals (every pivot stored, the same arithmetic: equal bit for bit) and against the dense
 * solver; and the settled sequence against its recurrence run over every row.
 */
class SettledPivotsTest {

    /** Well-conditioned (condition number below 10³): relative to the dense solver's solution. */
    static final double DENSE_TOLERANCE = 1e-12;

    @ParameterizedTest
    @CsvSource({"1.0, 0.4, 5000", "2.0, -1.0, 300", "1.0, 0.49999, 2000", "3.0, 0.0, 100", "1.0, 0.4, 1",
            "1.0, 0.4, 2"})
    void stencilEqualsItsDiagonalsBitForBit(double a, double b, int n) {
        double[] rhs = RandomVectors.gaussian(n, 31);
        double[] stencil = TridiagonalThomas.solve(Band.of(new StencilMatrix(n, new double[] {a, b})), rhs);
        double[] diagonals = TridiagonalThomas.solve(Band.of(asDiagonals(a, b, n)), rhs);
        assertThat(stencil).isEqualTo(diagonals);
    }

    @ParameterizedTest
    @CsvSource({"1.0, 0.4, 400", "2.0, -1.0, 200", "1.0, 0.45, 300"})
    void stencilAgreesWithTheDenseSolver(double a, double b, int n) {
        StencilMatrix matrix = new StencilMatrix(n, new double[] {a, b});
        double[] rhs = RandomVectors.gaussian(n, 32);
        double[] x = TridiagonalThomas.solve(Band.of(matrix), rhs);
        assertThat(Agreement.relativeError(x, new DenseSolver().solve(matrix, rhs))).isLessThan(DENSE_TOLERANCE);
    }

    @Test
    void thePaperKernelSettlesWithinAFewDozenRows() {
        // contraction factor (β/d*)² = 1/4 with d* = (1 + √(1 − 4β²))/2 = 0.8
        double[] settled = SettledPivots.of(1.0, 0.4, 10_000_000);
        assertThat(settled.length).isBetween(2, 64);
        assertThat(settled[settled.length - 1]).isCloseTo(1 / 0.8, org.assertj.core.api.Assertions.within(1e-15));
    }

    @Test
    void everyStoredPivotIsTheRecurrenceAndEveryLaterOneTheLast() {
        int n = 1000;
        double a = 1.0;
        double b = 0.45;
        double[] settled = SettledPivots.of(a, b, n);
        double[] full = new double[n];
        full[0] = 1.0 / a;
        for (int i = 1; i < n; i++) {
            full[i] = 1.0 / Math.fma(-(b * full[i - 1]), b, a);
        }
        assertThat(settled).isEqualTo(Arrays.copyOf(full, settled.length));
        for (int i = settled.length; i < n; i++) {
            assertThat(full[i]).isEqualTo(settled[settled.length - 1]);
        }
    }

    @Test
    void pivotsThatNeverSettleAreAllStored() {
        // the 1-D Laplacian (2, −1): d_i = (i + 2)/(i + 1) changes on every row
        int n = 5000;
        assertThat(SettledPivots.of(2.0, -1.0, n)).hasSize(n);
    }

    @Test
    void aPivotThatIsNotPositiveThrowsWithItsRow() {
        // eigenvalues 1 − 1.2·cos(kπ/(n+1)) < 0 from n = 5 on: d = 1, 0.64, 0.4375, 0.177…, −1.03…
        assertThatThrownBy(() -> SettledPivots.of(1.0, 0.6, 10)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("pivot 4");
        assertThatThrownBy(() -> SettledPivots.of(-1.0, 0.0, 3)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("pivot 0");
    }

    @Test
    void aNonFiniteSolutionNamesItsFirstEntry() {
        double[] rhs = {1, Double.POSITIVE_INFINITY, 1, 1};
        assertThatThrownBy(() -> TridiagonalThomas.solve(Band.of(new StencilMatrix(4, new double[] {2, 0.5})), rhs))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("not finite at x[0]");
    }

    private static BandedMatrix asDiagonals(double a, double b, int n) {
        double[] diagonal = new double[n];
        double[] off = new double[Math.max(n - 1, 0)];
        Arrays.fill(diagonal, a);
        Arrays.fill(off, b);
        return new BandedMatrix(n, new double[][] {diagonal, off});
    }
}
