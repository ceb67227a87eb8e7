package org.conelab.solver.iterative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.conelab.testsupport.Agreement.maxDifference;
import static org.conelab.testsupport.Agreement.maxNorm;

import java.util.stream.Stream;
import org.conelab.api.InvalidInputException;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.numeric.SymmetricOperator;
import org.conelab.numeric.Vectors;
import org.conelab.testsupport.RandomMatrices;
import org.conelab.testsupport.RandomVectors;
import org.conelab.testsupport.ReferenceDynamics;
import org.conelab.testsupport.Storage;
import org.conelab.testsupport.ToeplitzSpectrum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IterativeSolverSolveTest {

    /**
     * ‖x − x*‖∞ relative to ‖x*‖∞: the residual target 1e-12 times cond(A) ≤ about 100 for
     * the matrices below.
     */
    private static final double SOLUTION_TOLERANCE = 1e-10;

    private final IterativeSolver solver = new IterativeSolver();

    @Test
    void workedExampleWithSmallIntegers() {
        // [4 1; 1 3]·x = [1; 2] has x = [1/11; 7/11]
        double[] x = solver.solve(new DenseMatrix(2, new double[] {4, 1, 1, 3}), new double[] {1, 2});
        assertThat(x).containsExactly(new double[] {1.0 / 11, 7.0 / 11}, within(1e-15));
    }

    static Stream<Arguments> spdMatrices() {
        return Stream.of(
                Arguments.of("stencil, tri-diagonal n = 1000", ToeplitzSpectrum.matrix(1000, 2.5, -1.0)),
                Arguments.of("stencil R = 2, n = 301", new StencilMatrix(301, new double[] {3.0, 0.8, 0.4})),
                Arguments.of("banded R = 3, n = 500", RandomMatrices.banded(500, 3, 11)),
                Arguments.of("sparse 40×40 grid Laplacian + I", GridMatrices.gridLaplacianPlusShift(40, 1.0)),
                Arguments.of("sparse random, n = 200", Storage.sparse(RandomMatrices.sparseEntries(200, 4, 12))),
                Arguments.of("dense B·Bᵀ + n·I, n = 60", Storage.dense(RandomMatrices.spdEntries(60, 13))),
                Arguments.of("n = 1", new StencilMatrix(1, new double[] {0.25})),
                Arguments.of("n = 2, stencil", ToeplitzSpectrum.matrix(2, 1.0, 0.9)),
                Arguments.of("n = 2, dense", new DenseMatrix(2, new double[] {5, -2, -2, 1})),
                Arguments.of("n = 2, R ≥ n", new StencilMatrix(2, new double[] {2.0, 0.5, 0.3, 0.1})));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spdMatrices")
    void recoversAManufacturedSolution(String name, SymmetricMatrix a) {
        int n = a.size();
        double[] expected = RandomVectors.gaussian(n, 21);
        double[] b = ReferenceDynamics.times(a, expected);

        double[] x = solver.solve(a, b);

        double[] residual = ReferenceDynamics.times(a, x);
        for (int i = 0; i < n; i++) {
            residual[i] = b[i] - residual[i];
        }
        assertThat(Vectors.norm(residual)).isLessThanOrEqualTo(ConjugateGradient.RELATIVE_TOLERANCE * Vectors.norm(b));
        assertThat(maxDifference(x, expected)).isLessThanOrEqualTo(SOLUTION_TOLERANCE * maxNorm(expected));
    }

    @Test
    void zeroRightHandSideGivesZero() {
        assertThat(solver.solve(ToeplitzSpectrum.matrix(5, 2, 1), new double[5])).containsOnly(0.0);
    }

    @Test
    void reportsAnIndefiniteMatrixWithPositiveDiagonal() {
        // λ_min = 1 + 1.6·cos(50π/51) < 0
        StencilMatrix indefinite = ToeplitzSpectrum.matrix(50, 1.0, 0.8);
        assertThatThrownBy(() -> solver.solve(indefinite, RandomVectors.gaussian(50, 31)))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("not positive definite: pᵀA·p =")
                .hasMessageContaining("after ");
    }

    @Test
    void reportsANonPositiveDiagonalEntry() {
        DenseMatrix a = new DenseMatrix(2, new double[] {1, 0, 0, -1});
        assertThatThrownBy(() -> solver.solve(a, new double[] {1, 1}))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("A(1, 1) = -1.0");
    }

    @Test
    void saysHowFarItGotWhenTheCapIsReached() {
        SymmetricMatrix a = GridMatrices.gridLaplacianPlusShift(30, 0.01);
        ConjugateGradient cg = new ConjugateGradient(SymmetricOperator.of(a), JacobiPreconditioner.of(a),
                ConjugateGradient.RELATIVE_TOLERANCE, 5);
        assertThatThrownBy(() -> cg.solve(RandomVectors.gaussian(900, 32)))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("did not converge within the cap of 5 iterations")
                .hasMessageMatching("(?s).*after 5 iterations ‖r‖/‖b‖ = \\d\\.\\d{3}e-0\\d .*");
    }

    @Test
    void capIsTenNPlusAHundred() {
        assertThat(ConjugateGradient.defaultMaxIterations(1)).isEqualTo(110);
        assertThat(ConjugateGradient.defaultMaxIterations(Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void rejectsBadRightHandSidesNamingThem() {
        StencilMatrix a = ToeplitzSpectrum.matrix(3, 2, 1);
        assertThatThrownBy(() -> solver.solve(a, new double[2]))
                .isInstanceOf(InvalidInputException.class).hasMessage("rhs: needs length n = 3, got 2");
        assertThatThrownBy(() -> solver.solve(a, new double[] {1, Double.NaN, 0}))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("rhs[1]: ");
    }
}
