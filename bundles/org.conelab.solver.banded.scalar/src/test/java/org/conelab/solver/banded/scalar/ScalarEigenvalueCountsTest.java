package org.conelab.solver.banded.scalar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.solver.banded.core.BandedEngine;
import org.conelab.testsupport.DenseReference;
import org.conelab.testsupport.RandomMatrices;
import org.conelab.testsupport.RandomVectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Exact eigenvalue counts N(σ) = #{λ(S) < σ} against a dense eigendecomposition of S formed in
 * the test: at the midpoint between consecutive reference eigenvalues the count is that index,
 * unambiguously (each midpoint lies far from every eigenvalue compared with the rounding).
 */
class ScalarEigenvalueCountsTest {

    private final ScalarBandedSolver solver = new ScalarBandedSolver(1);

    @ParameterizedTest(name = "n = {0}, R = {1}")
    @CsvSource({"500, 1", "300, 3", "64, 2", "1, 0", "2, 1"})
    void countsAtTheMidpointsBetweenEigenvaluesAreTheirIndices(int n, int range) {
        SymmetricMatrix k = range <= 1 ? RandomMatrices.stencil(n, range, 11) : RandomMatrices.banded(n, range, 11);
        double[] w = RandomVectors.isWeights(n, 0.7, 3);
        double[] reference = DenseReference.eigenvaluesOfS(k, w);
        double[] shifts = new double[n + 1];
        shifts[0] = reference[0] - 1;
        shifts[n] = reference[n - 1] + 1;
        for (int i = 1; i < n; i++) {
            shifts[i] = (reference[i - 1] + reference[i]) / 2;
        }
        long[] counts = solver.eigenvalueCounts(k, w, shifts).orElseThrow();
        for (int i = 0; i <= n; i++) {
            if (i == 0 || i == n || reference[i] - reference[i - 1] > 1e-10 * Math.abs(reference[n - 1])) {
                assertThat(counts[i]).as("N(σ_%d)", i).isEqualTo(i);
            }
        }
    }

    @ParameterizedTest(name = "R = {0}")
    @CsvSource({"2", "4"})
    void wideBandsOfLargeOrderAreNotCounted(int range) {
        int n = BandedEngine.REDUCTION_LIMIT + 1;
        BandedMatrix k = RandomMatrices.banded(n, range, 5);
        assertThat(solver.eigenvalueCounts(k, RandomVectors.ones(n), new double[] {0.5})).isEmpty();
        StencilMatrix chain = new StencilMatrix(1_000_000, new double[] {1.0, 0.4});
        assertThat(solver.eigenvalueCounts(chain, RandomVectors.ones(1_000_000), new double[] {0.2, 1.0, 1.8}).orElseThrow())
                .containsExactly(0, 500_000, 1_000_000);
        assertThatThrownBy(() -> solver.eigenvalueCounts(chain, RandomVectors.ones(1_000_000), new double[] {Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shifts[0]");
    }
}
