package org.conelab.solver.banded.scalar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.solver.dense.DenseSolver;
import org.conelab.testsupport.Agreement;
import org.conelab.testsupport.RandomVectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** SPD solves: manufactured solutions, a worked example, the dense solver, non-SPD input. */
class ScalarSolveTest {

    /** The matrices are diagonally dominant with condition numbers below 100. */
    static final double TOLERANCE = 1e-12;

    static Stream<SymmetricMatrix> matrices() {
        return Problems.matrices().stream();
    }

    @ParameterizedTest
    @MethodSource("matrices")
    void manufacturedSolutionIsRecovered(SymmetricMatrix matrix) {
        int n = matrix.size();
        double[] x = RandomVectors.gaussian(n, 21);
        double[] b = new double[n];
        matrix.apply(x, b);
        double[] solved = new ScalarBandedSolver(1).solve(matrix, b);
        assertThat(Agreement.relativeError(solved, x)).isLessThan(TOLERANCE);
        assertThat(Agreement.relativeError(solved, new DenseSolver().solve(matrix, b))).isLessThan(TOLERANCE);
    }

    @Test
    void workedExampleWithSmallIntegers() {
        // [2 −1 0; −1 2 −1; 0 −1 2]·(1, 2, 3) = (0, 0, 4)
        double[] x = new ScalarBandedSolver(1).solve(new StencilMatrix(3, new double[] {2, -1}), new double[] {0, 0, 4});
        assertThat(x).containsExactly(new double[] {1, 2, 3}, org.assertj.core.api.Assertions.within(1e-15));
        // the same with R = 2 storage and a zero second diagonal goes through banded Cholesky
        BandedMatrix banded = new BandedMatrix(3, new double[][] {{2, 2, 2}, {-1, -1}, {0}});
        assertThat(new ScalarBandedSolver(1).solve(banded, new double[] {0, 0, 4}))
                .containsExactly(new double[] {1, 2, 3}, org.assertj.core.api.Assertions.within(1e-15));
    }

    @Test
    void notPositiveDefiniteThrows() {
        ScalarBandedSolver solver = new ScalarBandedSolver(1);
        // eigenvalues 1 ± 2: indefinite
        assertThatThrownBy(() -> solver.solve(new StencilMatrix(2, new double[] {1, 2}), new double[] {1, 1}))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> solver.solve(new StencilMatrix(5, new double[] {1, 0.1, 2}), new double[5]))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> solver.solve(new StencilMatrix(1, new double[] {-1}), new double[1]))
                .isInstanceOf(ArithmeticException.class);
        // the 1-D Laplacian with α = 2|β|cos(π/(n+1)) − 0.01 is just indefinite
        int n = 50;
        double alpha = 2 * Math.cos(Math.PI / (n + 1)) - 0.01;
        assertThatThrownBy(() -> solver.solve(new StencilMatrix(n, new double[] {alpha, -1}), new double[n]))
                .isInstanceOf(ArithmeticException.class);
    }
}
