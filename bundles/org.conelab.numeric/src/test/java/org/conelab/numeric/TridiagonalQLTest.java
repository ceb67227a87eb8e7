package org.conelab.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TridiagonalQLTest {

    /** Eigenvalue error relative to ‖T‖: QL is backward stable, O(k·ε). */
    private static final double EIGENVALUE_TOLERANCE = 1e-13;
    /** Error of the tracked eigenvector components. */
    private static final double COMPONENT_TOLERANCE = 1e-12;

    @ParameterizedTest(name = "k = {0}")
    @ValueSource(ints = {1, 2, 3, 10, 101, 500})
    void toeplitzEigenvaluesAndLastComponentsMatchTheClosedForm(int k) {
        double alpha = 1.0;
        double beta = 0.4;
        double[] d = new double[k];
        double[] e = new double[k];
        Arrays.fill(d, alpha);
        Arrays.fill(e, beta);

        TridiagonalQL.Decomposition t = TridiagonalQL.decompose(d, e, k, k - 1);

        assertThat(t.values()).containsExactly(toeplitzSpectrum(k, alpha, beta),
                within(EIGENVALUE_TOLERANCE * (alpha + 2 * beta)));
        for (int i = 0; i < k; i++) {
            // eigenvector of λ_m = α + 2β·cos(mπ/(k+1)): z_j = √(2/(k+1))·sin(j·m·π/(k+1)), j = 1 … k;
            // ascending order puts m = k − i at position i (β > 0)
            int m = k - i;
            double expected = Math.sqrt(2.0 / (k + 1)) * Math.sin(k * m * Math.PI / (k + 1));
            assertThat(Math.abs(t.row()[i])).as("|s_%d|", i).isCloseTo(Math.abs(expected), within(COMPONENT_TOLERANCE));
        }
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 3, 50, 1000})
    void eigenvaluesOfExactLengthArraysMatchTheToeplitzClosedForm(int n) {
        // the banded solver's call: d of length n, e of length n − 1
        double alpha = 2.0;
        double beta = -0.7;
        double[] d = new double[n];
        double[] e = new double[Math.max(n - 1, 0)];
        Arrays.fill(d, alpha);
        Arrays.fill(e, beta);

        double[] dBefore = d.clone();
        double[] eBefore = e.clone();

        double[] values = TridiagonalQL.eigenvalues(d, e);

        assertThat(values).containsExactly(toeplitzSpectrum(n, alpha, beta),
                within(EIGENVALUE_TOLERANCE * (alpha + 2 * Math.abs(beta))));
        assertThat(d).as("diagonal, not modified").isEqualTo(dBefore);
        assertThat(e).as("off-diagonal, not modified").isEqualTo(eBefore);
    }

    @Test
    void twoByTwoWorkedExample() {
        // [2 1; 1 2] has eigenvalues 1 and 3 with eigenvectors (1, −1)/√2 and (1, 1)/√2
        TridiagonalQL.Decomposition t = TridiagonalQL.decompose(new double[] {2, 2}, new double[] {1}, 2, 0);
        assertThat(t.values()).containsExactly(new double[] {1, 3}, within(1e-15 * 3));
        assertThat(Math.abs(t.row()[0])).isCloseTo(Math.sqrt(0.5), within(1e-15));
        assertThat(Math.abs(t.row()[1])).isCloseTo(Math.sqrt(0.5), within(1e-15));
    }

    @Test
    void zeroOffDiagonalsSplitTheMatrixIntoBlocks() {
        // blocks [3], [1 2; 2 1] (eigenvalues −1, 3), [0.5]
        double[] d = {3, 1, 1, 0.5};
        double[] e = {0, 2, 0};
        assertThat(TridiagonalQL.eigenvalues(d, e, 4)).containsExactly(new double[] {-1, 0.5, 3, 3}, within(1e-15 * 4));
    }

    @Test
    void randomTridiagonalMatchesEjmlSymmetricEigenvalues() {
        int k = 200;
        Random random = new Random(41);
        double[] d = new double[k];
        double[] e = new double[k];
        DMatrixRMaj dense = new DMatrixRMaj(k, k);
        for (int i = 0; i < k; i++) {
            d[i] = random.nextGaussian();
            e[i] = i < k - 1 ? random.nextGaussian() : 0.0;
            dense.set(i, i, d[i]);
            if (i < k - 1) {
                dense.set(i, i + 1, e[i]);
                dense.set(i + 1, i, e[i]);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(k, false, true);
        assertThat(eig.decompose(dense)).isTrue();
        double[] expected = new double[k];
        for (int i = 0; i < k; i++) {
            expected[i] = eig.getEigenvalue(i).real;
        }
        Arrays.sort(expected);
        double scale = Math.max(Math.abs(expected[0]), Math.abs(expected[k - 1]));

        assertThat(TridiagonalQL.eigenvalues(d, e, k)).containsExactly(expected, within(EIGENVALUE_TOLERANCE * scale));
        assertThat(TridiagonalQL.eigenvalues(d, Arrays.copyOf(e, k - 1)))
                .containsExactly(expected, within(EIGENVALUE_TOLERANCE * scale));
        assertThat(TridiagonalQL.decompose(d, e, k, k - 1).values())
                .containsExactly(expected, within(EIGENVALUE_TOLERANCE * scale));
    }

    @Test
    void trackedRowIsARowOfAnOrthogonalMatrix() {
        int k = 60;
        Random random = new Random(42);
        double[] d = new double[k];
        double[] e = new double[k];
        for (int i = 0; i < k; i++) {
            d[i] = random.nextGaussian();
            e[i] = random.nextGaussian();
        }
        for (int row : new int[] {0, 17, k - 1}) {
            double[] z = TridiagonalQL.decompose(d, e, k, row).row();
            assertThat(dot(z, z)).as("row %d", row).isCloseTo(1.0, within(COMPONENT_TOLERANCE));
        }
    }

    @Test
    void trackedRowsSatisfyTheDefinitionColumnByColumn() {
        // every run applies the same rotations, so the k tracked rows are the rows of one Z:
        // column i is the eigenvector z_i, and T·z_i = λ_i·z_i
        int k = 40;
        Random random = new Random(43);
        double[] d = new double[k];
        double[] e = new double[k - 1];
        for (int i = 0; i < k; i++) {
            d[i] = random.nextGaussian();
            if (i < k - 1) {
                e[i] = random.nextGaussian();
            }
        }
        double[][] z = new double[k][];
        double[] dBefore = d.clone();
        double[] eBefore = e.clone();

        double[] values = TridiagonalQL.eigenvalues(d, e);
        for (int r = 0; r < k; r++) {
            z[r] = TridiagonalQL.decompose(d, e, k, r).row();
        }
        double norm = Math.max(Math.abs(values[0]), Math.abs(values[k - 1]));
        for (int i = 0; i < k; i++) {
            double residual = 0.0;
            for (int r = 0; r < k; r++) {
                // (T·z_i)_r − λ_i·z_i(r)
                double tz = d[r] * z[r][i] + (r > 0 ? e[r - 1] * z[r - 1][i] : 0.0) + (r < k - 1 ? e[r] * z[r + 1][i] : 0.0);
                residual = Math.max(residual, Math.abs(tz - values[i] * z[r][i]));
            }
            assertThat(residual).as("‖T·z_%d − λ_%d·z_%d‖∞", i, i, i).isLessThan(COMPONENT_TOLERANCE * norm);
        }
    }

    @Test
    void eigensystemAgreesWithTheTrackedRowsAndIsOrthonormal() {
        int k = 40;
        Random random = new Random(44);
        double[] d = new double[k];
        double[] e = new double[k - 1];
        for (int i = 0; i < k; i++) {
            d[i] = random.nextGaussian();
            if (i < k - 1) {
                e[i] = random.nextGaussian();
            }
        }

        TridiagonalQL.Eigensystem t = TridiagonalQL.eigensystem(d, e, k);

        assertThat(t.values()).containsExactly(TridiagonalQL.eigenvalues(d, e), within(0.0));
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                assertThat(dot(t.vectors()[i], t.vectors()[j])).as("z_%d · z_%d", i, j)
                        .isCloseTo(i == j ? 1.0 : 0.0, within(COMPONENT_TOLERANCE));
            }
            // the last components are the tracked row k − 1, exactly: the same rotations in the same order
            assertThat(t.vectors()[i][k - 1]).isEqualTo(TridiagonalQL.decompose(d, e, k, k - 1).row()[i]);
        }
    }

    @Test
    void eigensystemOfTheToeplitzMatrixHasTheSineEigenvectors() {
        int k = 12;
        double[] d = new double[k];
        double[] e = new double[k - 1];
        Arrays.fill(d, 1.0);
        Arrays.fill(e, 0.4);
        TridiagonalQL.Eigensystem t = TridiagonalQL.eigensystem(d, e, k);
        for (int i = 0; i < k; i++) {
            // ascending order with β > 0 puts m = k − i at position i; z_j = √(2/(k+1))·sin(j·m·π/(k+1))
            int m = k - i;
            double sign = Math.signum(t.vectors()[i][0]);
            for (int j = 1; j <= k; j++) {
                double expected = Math.sqrt(2.0 / (k + 1)) * Math.sin(j * m * Math.PI / (k + 1));
                assertThat(sign * t.vectors()[i][j - 1]).isCloseTo(expected, within(COMPONENT_TOLERANCE));
            }
        }
    }

    @Test
    void rowOutsideTheMatrixIsRefused() {
        assertThatThrownBy(() -> TridiagonalQL.decompose(new double[] {1, 2}, new double[] {0.5}, 2, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 2");
    }

    @Test
    void nonFiniteEntriesGiveNonFiniteEigenvaluesWithoutLooping() {
        assertThat(TridiagonalQL.eigenvalues(new double[] {1, Double.NaN, 1}, new double[] {1, 1})).contains(Double.NaN);
    }

    /** @return λ_k = α + 2β·cos(kπ/(n+1)), k = 1 … n, ascending */
    private static double[] toeplitzSpectrum(int n, double alpha, double beta) {
        double[] values = new double[n];
        for (int k = 1; k <= n; k++) {
            values[k - 1] = alpha + 2 * beta * Math.cos(k * Math.PI / (n + 1));
        }
        Arrays.sort(values);
        return values;
    }

    private static double dot(double[] x, double[] y) {
        double sum = 0.0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * y[i];
        }
        return sum;
    }
}
