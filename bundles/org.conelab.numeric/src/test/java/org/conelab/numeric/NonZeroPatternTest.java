package org.conelab.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.junit.jupiter.api.Test;

class NonZeroPatternTest {

    private static List<String> row(SymmetricMatrix m, int i) {
        List<String> entries = new ArrayList<>();
        NonZeroPattern.forEachInRow(m, i, (j, v) -> entries.add(j + "=" + v));
        return entries;
    }

    /** tridiag(0.4, 1, 0.4) of order 5, with A(1, 3) = A(3, 1) = 1e-300 and A(4, 4) stored as 0. */
    private static double[][] entries() {
        double[][] a = new double[5][5];
        for (int i = 0; i < 5; i++) {
            a[i][i] = i == 4 ? 0.0 : 1.0;
            if (i + 1 < 5) {
                a[i][i + 1] = 0.4;
                a[i + 1][i] = 0.4;
            }
        }
        a[1][3] = 1e-300;
        a[3][1] = 1e-300;
        return a;
    }

    @Test
    void everyStorageGivesTheSameNonZerosAndSkipsStoredZeros() {
        double[][] a = entries();
        double[][] diagonals = new double[3][];
        for (int k = 0; k < 3; k++) {
            diagonals[k] = new double[5 - k];
            for (int i = 0; i + k < 5; i++) {
                diagonals[k][i] = a[i][i + k];
            }
        }
        double[] dense = new double[25];
        List<Integer> rowStart = new ArrayList<>(List.of(0));
        List<Integer> columns = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                dense[i * 5 + j] = a[i][j];
                // the CSR stores explicit zeros too: the pattern must skip them
                if (a[i][j] != 0.0 || Math.abs(i - j) <= 1) {
                    columns.add(j);
                    values.add(a[i][j]);
                }
            }
            rowStart.add(columns.size());
        }
        SparseMatrix sparse = new SparseMatrix(5, rowStart.stream().mapToInt(Integer::intValue).toArray(),
                columns.stream().mapToInt(Integer::intValue).toArray(), values.stream().mapToDouble(Double::doubleValue).toArray());
        List<SymmetricMatrix> storages = List.of(new BandedMatrix(5, diagonals), new DenseMatrix(5, dense), sparse);

        for (SymmetricMatrix m : storages) {
            assertThat(row(m, 1)).as(m.getClass().getSimpleName()).containsExactly("0=0.4", "1=1.0", "2=0.4", "3=1.0E-300");
            assertThat(row(m, 4)).as(m.getClass().getSimpleName()).containsExactly("3=0.4");
            assertThat(NonZeroPattern.maxRowLength(m)).isLessThanOrEqualTo(5).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void aStencilIsWalkedWithoutStorageAndClippedAtTheEnds() {
        StencilMatrix stencil = new StencilMatrix(10_000_000, new double[] {2.0, 0.0, -1.0});
        assertThat(row(stencil, 0)).containsExactly("0=2.0", "2=-1.0");
        assertThat(row(stencil, 5_000_000)).containsExactly("4999998=-1.0", "5000000=2.0", "5000002=-1.0");
        assertThat(NonZeroPattern.maxRowLength(stencil)).isEqualTo(5);
    }
}
