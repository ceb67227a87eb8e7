package ${package};

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.conelab.api.solver.SpectrumBounds;
import org.junit.jupiter.api.Test;

class DenseJacobiSolverTest {

    private static final double TOLERANCE = 1e-12;
    private static final double ALPHA = 2;
    private static final double BETA = -0.7;

    private final DenseJacobiSolver solver = new DenseJacobiSolver();

    @Test
    void eigenvaluesOfTheTridiagonalToeplitzMatrixMatchTheClosedForm() {
        int n = 12;
        double[] computed = solver.eigenvalues(tridiagonal(n), ones(n));
        double[] expected = new double[n];
        for (int k = 1; k <= n; k++) {
            // λ_k = α + 2β·cos(kπ/(n+1))
            expected[k - 1] = ALPHA + 2 * BETA * Math.cos(k * Math.PI / (n + 1));
        }
        Arrays.sort(expected);
        assertArrayEquals(expected, computed, TOLERANCE * ALPHA);

        SpectrumBounds bounds = solver.extremes(tridiagonal(n), ones(n));
        assertTrue(Math.abs(bounds.min() - expected[0]) <= bounds.minTolerance(), "λ_min within its bound");
        assertTrue(Math.abs(bounds.max() - expected[n - 1]) <= bounds.maxTolerance(), "λ_max within its bound");
    }

    @Test
    void solvesAManufacturedSystem() {
        int n = 30;
        double[] x = new Random(1).doubles(n, -1, 1).toArray();
        double[] b = new double[n];
        tridiagonal(n).apply(x, b);
        assertArrayEquals(x, solver.solve(tridiagonal(n), b), TOLERANCE);
    }

    @Test
    void responseColumnsAreTheEvolutionOfAUnitVector() {
        int n = 9;
        int steps = 5;
        double[] weights = new Random(2).doubles(n, 0.5, 2).toArray();
        LinearDynamics dynamics = new LinearDynamics(tridiagonal(n), weights, 0.2);
        ResponseColumns columns = solver.response(dynamics, 4, steps);
        double[] error = new double[n];
        error[4] = 1;
        assertEquals(steps, solver.evolve(dynamics, error, steps, 2, (t, e) -> true));
        for (int i = 0; i < n; i++) {
            assertEquals(error[i], columns.at(steps, i), TOLERANCE, "entry " + i);
        }
        // range 1: after t steps nothing reaches beyond |i − j| = t
        assertEquals(0, columns.at(2, 7));
    }

    @Test
    void rejectsWhatItDoesNotSupport() {
        SymmetricMatrix large = new BandedMatrix(DenseJacobiSolver.MAX_ORDER + 1, new double[][] {ones(DenseJacobiSolver.MAX_ORDER + 1)});
        assertFalse(solver.supports(large));
        assertThrows(IllegalArgumentException.class, () -> solver.eigenvalues(large, ones(large.size())));
        BandedMatrix indefinite = new BandedMatrix(2, new double[][] {{1, 1}, {2}});
        assertThrows(ArithmeticException.class, () -> solver.solve(indefinite, ones(2)));
    }

    private static BandedMatrix tridiagonal(int n) {
        double[] diagonal = new double[n];
        double[] off = new double[n - 1];
        Arrays.fill(diagonal, ALPHA);
        Arrays.fill(off, BETA);
        return new BandedMatrix(n, new double[][] {diagonal, off});
    }

    private static double[] ones(int n) {
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        return ones;
    }
}
