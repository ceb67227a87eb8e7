package org.conelab.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class MatrixMarketTest {

    /** The same 5 × 5 matrix in every storage: a zero stored inside the band, a tiny and a negative entry, one beyond R = 1. */
    static List<SymmetricMatrix> storages() {
        double[][] a = {
            {2.0, -0.5, 0.0, 0.0, 0.0},
            {-0.5, 2.0, 1e-300, 0.0, 0.0},
            {0.0, 1e-300, 2.0, 0.0, 0.25},
            {0.0, 0.0, 0.0, 2.0, 0.1},
            {0.0, 0.0, 0.25, 0.1, 2.0}};
        int n = a.length;
        double[] dense = new double[n * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, dense, i * n, n);
        }
        double[][] diagonals = new double[3][];
        for (int k = 0; k < 3; k++) {
            diagonals[k] = new double[n - k];
            for (int i = 0; i + k < n; i++) {
                diagonals[k][i] = a[i + k][i];
            }
        }
        int[] rowStart = new int[n + 1];
        List<int[]> stored = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (a[i][j] != 0.0 || Math.abs(i - j) == 1) {
                    stored.add(new int[] {i, j});
                }
            }
            rowStart[i + 1] = stored.size();
        }
        int[] columns = stored.stream().mapToInt(e -> e[1]).toArray();
        double[] values = stored.stream().mapToDouble(e -> a[e[0]][e[1]]).toArray();
        return List.of(new DenseMatrix(n, dense), new BandedMatrix(n, diagonals), new SparseMatrix(n, rowStart, columns, values));
    }

    @ParameterizedTest
    @MethodSource("storages")
    void readingTheFileBackGivesEveryEntryBitForBit(SymmetricMatrix matrix) throws IOException {
        double[][] read = parse(written(matrix));

        for (int i = 0; i < matrix.size(); i++) {
            for (int j = 0; j < matrix.size(); j++) {
                assertThat(Double.doubleToRawLongBits(read[i][j])).as("K(%d, %d)", i, j)
                        .isEqualTo(Double.doubleToRawLongBits(matrix.entry(i, j)));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("storages")
    void theHeaderCountsTheLowerTriangleNonZerosOnly(SymmetricMatrix matrix) throws IOException {
        String[] lines = written(matrix).split("\n");

        assertThat(lines[0]).isEqualTo("%%MatrixMarket matrix coordinate real symmetric");
        assertThat(lines[1]).startsWith("% ");
        // diagonal 5, K(1,0), K(2,1) = 1e-300, K(4,2), K(4,3): the stored zeros are not listed
        assertThat(lines[2]).isEqualTo("5 5 9");
        assertThat(lines).hasSize(3 + 9);
    }

    @Test
    void aStencilIsWrittenAsItsFullBand() throws IOException {
        double[][] read = parse(written(new StencilMatrix(4, new double[] {1.0, 0.4})));

        assertThat(read[3][2]).isEqualTo(0.4);
        assertThat(read[2][3]).isEqualTo(0.4);
        assertThat(read[3][1]).isZero();
        assertThat(read[0][0]).isEqualTo(1.0);
    }

    @Test
    void kernelsBeyondTheLimitsAreNotWrittenAndSayWhy() {
        assertThat(MatrixMarket.lowerNonZeros(new StencilMatrix(10_000, new double[] {1.0, 0.4}))).isEqualTo(19_999);
        assertThat(MatrixMarket.notWrittenBecause(10_000, 19_999)).isNull();
        assertThat(MatrixMarket.notWrittenBecause(10_001, 20_001)).isEqualTo("n = 10001 is above 10000");
        assertThat(MatrixMarket.notWrittenBecause(4_000, 5_000_001)).isEqualTo("5000001 non-zeros in the lower triangle, above 5000000");
    }

    private static String written(SymmetricMatrix matrix) throws IOException {
        StringWriter out = new StringWriter();
        MatrixMarket.write(matrix, MatrixMarket.lowerNonZeros(matrix), "test", out);
        return out.toString();
    }

    /** An independent reader of the coordinate symmetric format: mirrors every off-diagonal entry. */
    private static double[][] parse(String text) {
        String[] lines = text.split("\n");
        int line = 0;
        while (lines[line].startsWith("%")) {
            line++;
        }
        String[] size = lines[line++].trim().split("\\s+");
        int n = Integer.parseInt(size[0]);
        double[][] a = new double[n][n];
        for (; line < lines.length; line++) {
            String[] entry = lines[line].trim().split("\\s+");
            int i = Integer.parseInt(entry[0]) - 1;
            int j = Integer.parseInt(entry[1]) - 1;
            assertThat(i).as("lower triangle").isGreaterThanOrEqualTo(j);
            a[i][j] = Double.parseDouble(entry[2]);
            a[j][i] = a[i][j];
        }
        return a;
    }
}
