package org.conelab.solver.iterative;

import static org.assertj.core.api.Assertions.assertThat;
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

        assertThat(t.values()).containsExactly(TestMatrices.toeplitzSpectrum(k, alpha, beta),
                within(EIGENVALUE_TOLERANCE * (alpha + 2 * beta)));
        for (int i = 0; i < k; i++) {
            // eigenvector of λ_m = α + 2β·cos(mπ/(k+1)): z_j = √(2/(k+1))·sin(j·m·π/(k+1)), j = 1 … k;
            // ascending order puts m = k − i at position i (β > 0)
            int m = k - i;
            double expected = Math.sqrt(2.0 / (k + 1)) * Math.sin(k * m * Math.PI / (k + 1));
            assertThat(Math.abs(t.row()[i])).as("|s_%d|", i).isCloseTo(Math.abs(expected), within(COMPONENT_TOLERANCE));
        }
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
            assertThat(Vectors.dot(z, z)).as("row %d", row).isCloseTo(1.0, within(COMPONENT_TOLERANCE));
        }
    }
}
