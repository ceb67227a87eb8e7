package org.conelab.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.testsupport.DenseReference;
import org.conelab.testsupport.GradedProblems;
import org.conelab.testsupport.RandomMatrices;
import org.conelab.testsupport.RandomVectors;
import org.conelab.testsupport.Storage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CompensatedProductTest {

    private static final double U = Dot2.UNIT_ROUNDOFF;

    static Stream<Arguments> matrices() {
        double[][] banded = DenseReference.entries(RandomMatrices.banded(30, 3, 1));
        return Stream.of(
                Arguments.of("stencil", RandomMatrices.stencil(30, 2, 2), 5),
                Arguments.of("banded", RandomMatrices.banded(30, 3, 1), 7),
                Arguments.of("sparse ring", GradedProblems.ring3Hop(30), 7),
                Arguments.of("dense", Storage.dense(banded), 30),
                Arguments.of("stencil R ≥ n", new StencilMatrix(3, new double[] {2, 0.5, 0.25, 0.1}), 5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrices")
    void residualIsTheExactResidualRoundedWithinItsBound(String name, SymmetricMatrix k, int rowLength) {
        int n = k.size();
        double[] x = RandomVectors.gaussian(n, 3);
        double[] kx = new double[n];
        k.apply(x, kx);
        // b = fl(K·x): the residual b − K·x is pure rounding, of order ε·|K|·|x|
        CompensatedProduct product = CompensatedProduct.of(k);
        double[] r = new double[n];
        double[] magnitude = new double[n];
        product.residual(kx, x, r, magnitude);
        double[][] a = DenseReference.entries(k);
        for (int i = 0; i < n; i++) {
            BigDecimal exact = new BigDecimal(kx[i]);
            double expectedMagnitude = Math.abs(kx[i]);
            for (int j = 0; j < n; j++) {
                exact = exact.subtract(new BigDecimal(a[i][j]).multiply(new BigDecimal(x[j])));
                expectedMagnitude += Math.abs(a[i][j] * x[j]);
            }
            double error = new BigDecimal(r[i]).subtract(exact).abs().doubleValue();
            assertThat(error).as("row %d", i).isLessThanOrEqualTo(U * Math.abs(exact.doubleValue())
                    + product.gammaSquared() * magnitude[i]);
            assertThat(magnitude[i]).isCloseTo(expectedMagnitude, within(1e-13 * expectedMagnitude));
        }
        assertThat(product.maxRowLength()).isEqualTo(rowLength);
    }

    @Test
    void productWithoutRightHandSideIsTheMatrixProduct() {
        SymmetricMatrix k = RandomMatrices.banded(50, 2, 4);
        double[] x = RandomVectors.gaussian(50, 5);
        double[] expected = new double[50];
        k.apply(x, expected);
        double[] y = new double[50];
        CompensatedProduct.of(k).residual(null, x, y, new double[50]);
        for (int i = 0; i < 50; i++) {
            assertThat(y[i]).isCloseTo(expected[i], within(1e-14 * Math.abs(expected[i]) + 1e-15));
        }
    }
}
