package org.conelab.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.Solver;
import org.conelab.api.solver.SpectrumBounds;

/**
 * What {@link Solver#extremes} promises on graded problems, as checks a solver's own test calls:
 * λ_min(S) within {@value #RELATIVE_ACCURACY} relative of the {@link PreciseExtremes} reference,
 * λ_max within {@value #MAX_ACCURACY}, and both inside their stated tolerances.
 */
public final class ExtremesContract {

    /** Relative accuracy of λ_min that a condition number needs. */
    public static final double RELATIVE_ACCURACY = 1e-8;
    /** Relative accuracy of λ_max: 2/λ_max must agree across solvers to 1e−12. */
    public static final double MAX_ACCURACY = 1e-13;
    /** Ring orders: odd (K positive definite), cond(K) = 3.4e9 and 6.3e10. */
    public static final int[] RING_ORDERS = {61, 99};
    /** Seed of the log-uniform targets. */
    public static final long TARGET_SEED = 7;

    /**
     * A named problem.
     *
     * @param name what it is, for test names
     * @param kernel K
     * @param weights w
     */
    public record Case(String name, SymmetricMatrix kernel, double[] weights) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * The measured relative errors against the reference and the stated tolerances, relative too.
     *
     * @param minError |min − λ_min| / λ_min
     * @param maxError |max − λ_max| / λ_max
     * @param minTolerance minTolerance / λ_min
     * @param maxTolerance maxTolerance / λ_max
     */
    public record Measured(double minError, double maxError, double minTolerance, double maxTolerance) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "λ_min error %.2e (stated %.2e), λ_max error %.2e (stated %.2e)",
                    minError, minTolerance, maxError, maxTolerance);
        }
    }

    private ExtremesContract() {
    }

    /**
     * @return the tri-diagonal T(1, −0.499), n = 101, as a stencil with step and log-uniform IS
     *     weights, and T² (half-bandwidth 2) as a banded matrix with the step weights
     */
    public static List<Case> gradedChains() {
        int n = GradedProblems.TRIDIAGONAL_ORDER;
        SymmetricMatrix tri = GradedProblems.tridiagonal(n);
        double[] step = GradedProblems.isWeights(GradedProblems.stepTargets(n));
        double[] spread = GradedProblems.isWeights(GradedProblems.logUniformTargets(n, TARGET_SEED));
        return List.of(new Case("tri-diagonal n = 101, step targets", tri, step),
                new Case("tri-diagonal n = 101, log-uniform targets", tri, spread),
                new Case("penta-diagonal T² n = 101 (banded), step targets", squaredTridiagonal(n), step));
    }

    /** @return the 3-hop ring kernel (CSR) of every order in {@link #RING_ORDERS} with step and log-uniform IS weights */
    public static List<Case> gradedRings() {
        return IntStream.of(RING_ORDERS).boxed().flatMap(n -> Stream.of(
                new Case("3-hop ring n = " + n + ", step targets", GradedProblems.ring3Hop(n),
                        GradedProblems.isWeights(GradedProblems.stepTargets(n))),
                new Case("3-hop ring n = " + n + ", log-uniform targets", GradedProblems.ring3Hop(n),
                        GradedProblems.isWeights(GradedProblems.logUniformTargets(n, TARGET_SEED))))).toList();
    }

    /**
     * Asserts the contract for one problem and returns what was measured.
     *
     * @param solver the solver under test, which supports the kernel
     * @param problem the problem
     * @return the measured errors and stated tolerances, relative
     */
    public static Measured assertAccurate(Solver solver, Case problem) {
        BigDecimal min = PreciseExtremes.smallest(problem.kernel(), problem.weights());
        BigDecimal max = PreciseExtremes.largest(problem.kernel(), problem.weights());
        SpectrumBounds bounds = solver.extremes(problem.kernel(), problem.weights());
        Measured measured = new Measured(PreciseExtremes.relativeError(bounds.min(), min),
                PreciseExtremes.relativeError(bounds.max(), max), bounds.minTolerance() / min.doubleValue(),
                bounds.maxTolerance() / max.doubleValue());
        assertThat(measured.minError()).as("relative error of λ_min, %s", problem).isLessThanOrEqualTo(RELATIVE_ACCURACY);
        assertThat(measured.maxError()).as("relative error of λ_max, %s", problem).isLessThanOrEqualTo(MAX_ACCURACY);
        assertThat(PreciseExtremes.absoluteError(bounds.min(), min)).as("λ_min inside its stated tolerance, %s", problem)
                .isLessThanOrEqualTo(bounds.minTolerance());
        assertThat(PreciseExtremes.absoluteError(bounds.max(), max)).as("λ_max inside its stated tolerance, %s", problem)
                .isLessThanOrEqualTo(bounds.maxTolerance());
        return measured;
    }

    /** @return K = T², T = T(1, −0.499) of order n, as a banded matrix of half-bandwidth 2 (cond(K) ≈ 6.5e5) */
    static BandedMatrix squaredTridiagonal(int n) {
        double a = GradedProblems.TRIDIAGONAL_ALPHA;
        double b = GradedProblems.TRIDIAGONAL_BETA;
        double[][] d = {new double[n], new double[n - 1], new double[n - 2]};
        for (int i = 0; i < n; i++) {
            // (T²)_ii = a² + b²·(number of neighbours)
            int neighbours = (i > 0 ? 1 : 0) + (i < n - 1 ? 1 : 0);
            d[0][i] = a * a + b * b * neighbours;
        }
        for (int i = 0; i < n - 1; i++) {
            // (T²)_{i,i+1} = 2ab
            d[1][i] = 2 * a * b;
        }
        for (int i = 0; i < n - 2; i++) {
            // (T²)_{i,i+2} = b²
            d[2][i] = b * b;
        }
        return new BandedMatrix(n, d);
    }
}
