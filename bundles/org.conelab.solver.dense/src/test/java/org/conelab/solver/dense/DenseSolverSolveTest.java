package org.conelab.solver.dense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.conelab.testsupport.Agreement.maxDifference;
import static org.conelab.testsupport.Agreement.maxNorm;

import java.util.stream.Stream;
import org.conelab.api.InvalidInputException;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.testsupport.RandomMatrices;
import org.conelab.testsupport.RandomVectors;
import org.conelab.testsupport.Storage;
import org.conelab.testsupport.ToeplitzSpectrum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DenseSolverSolveTest {

    /**
     * ‖x̂ − x‖∞ / ‖x‖∞ for the well-conditioned (diagonally dominant, cond ≲ 10²) test matrices:
     * Cholesky is backward stable, so the error is about cond·n·ε.
     */
    private static final double SOLVE_TOLERANCE = 1e-11;

    private final DenseSolver solver = new DenseSolver();

    static Stream<Arguments> spdMatrices() {
        return Stream.of(
                Arguments.of("stencil n = 1", ToeplitzSpectrum.matrix(1, 2.5, -1.0)),
                Arguments.of("stencil n = 2", ToeplitzSpectrum.matrix(2, 2.5, -1.0)),
                Arguments.of("stencil n = 100", ToeplitzSpectrum.matrix(100, 2.5, -1.0)),
                Arguments.of("stencil R = 2", new StencilMatrix(60, new double[] {3.0, -1.0, 0.4})),
                Arguments.of("banded R = 3", RandomMatrices.banded(80, 3, 11)),
                Arguments.of("banded R >= n", RandomMatrices.banded(5, 7, 12)),
                Arguments.of("sparse", Storage.sparse(RandomMatrices.sparseEntries(70, 3, 13))),
                Arguments.of("dense", Storage.dense(RandomMatrices.spdEntries(40, 14))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spdMatrices")
    void recoversAManufacturedSolution(String name, SymmetricMatrix a) {
        int n = a.size();
        double[] x = RandomVectors.gaussian(n, 99);
        double[] b = new double[n];
        a.apply(x, b);

        double[] solution = solver.solve(a, b);

        assertThat(maxDifference(solution, x)).isLessThanOrEqualTo(SOLVE_TOLERANCE * maxNorm(x));
    }

    @Test
    void workedExampleWithSmallIntegers() {
        // [4 2; 2 3]·x = [2; 1]  ⇒  x = ⅛·[3 −2; −2 4]·[2; 1] = [½; 0]
        DenseMatrix a = new DenseMatrix(2, new double[] {4, 2, 2, 3});
        assertThat(solver.solve(a, new double[] {2, 1})).containsExactly(0.5, 0.0);
        assertThat(solver.solve(new StencilMatrix(1, new double[] {4}), new double[] {2})).containsExactly(0.5);
    }

    @Test
    void leavesTheRightHandSideUnchanged() {
        double[] b = {1, 2, 3};
        solver.solve(ToeplitzSpectrum.matrix(3, 4, 1), b);
        assertThat(b).containsExactly(1, 2, 3);
    }

    @Test
    void refusesAMatrixThatIsNotPositiveDefinite() {
        // eigenvalues 1 ± 2: indefinite
        DenseMatrix indefinite = new DenseMatrix(2, new double[] {1, 2, 2, 1});
        assertThatThrownBy(() -> solver.solve(indefinite, new double[] {1, 1}))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("not positive definite");
        // tri-diagonal with α = 2β·cos(π/(n+1)) − 0.1 has λ_min = −0.1
        double beta = 1.0;
        int n = 9;
        StencilMatrix shifted = ToeplitzSpectrum.matrix(n, 2 * beta * Math.cos(Math.PI / (n + 1)) - 0.1, beta);
        assertThatThrownBy(() -> solver.solve(shifted, new double[n]))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("not positive definite");
        assertThatThrownBy(() -> solver.solve(new StencilMatrix(1, new double[] {-1}), new double[] {1}))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void rejectsARightHandSideOfTheWrongLength() {
        assertThatThrownBy(() -> solver.solve(ToeplitzSpectrum.matrix(3, 4, 1), new double[2]))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("rhs: needs length n = 3, got 2");
    }
}
