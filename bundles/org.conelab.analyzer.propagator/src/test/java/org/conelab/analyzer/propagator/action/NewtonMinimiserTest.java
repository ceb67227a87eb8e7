package org.conelab.analyzer.propagator.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.conelab.api.solver.Solver;
import org.conelab.solver.banded.scalar.ScalarBandedSolver;
import org.conelab.solver.dense.DenseSolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewtonMinimiserTest {

    /** The bound on the gradient of the discrete action at the returned minimiser, by finite differences. */
    private static final double STATIONARY = 1e-10;
    /** The residual target passed to Newton. */
    private static final double TOLERANCE = 1e-13;

    private static final Solver BANDED = new ScalarBandedSolver(1);

    /** A smooth positive target: y(x) = 1 + 0.5·sin(2πx/n) + 0.2·cos(6πx/n). */
    private static double[] smooth(int n) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = 1 + 0.5 * Math.sin(2 * Math.PI * i / n) + 0.2 * Math.cos(6 * Math.PI * i / n);
        }
        return y;
    }

    private static double[] lognormal(int n, double sigma, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.exp(sigma * random.nextGaussian());
        }
        return y;
    }

    private static double[] constant(int n, double value) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, value);
        return v;
    }

    /**
     * Newton's residuals fall quadratically on a smooth target: once below 1e-2, each is at most
     * C·(the previous)² with one C for every step down to the rounding floor, and the observed
     * order is 2; φ > 0 at every iterate; the gradient at the minimiser is zero to 1e-10 by
     * finite differences of the naive action.
     */
    @ParameterizedTest(name = "λ = {0}, h = {1}, start {2}")
    @CsvSource({"5, 1, target", "0.3, 0.5, target", "50, 1, mean", "1, 0.1, twice"})
    void residualsFallQuadraticallyOnASmoothTarget(double lambda, double h, String start) {
        double[] y = smooth(200);
        double mean = java.util.Arrays.stream(y).average().orElseThrow();
        double[] phi0 = switch (start) {
            case "mean" -> constant(200, mean);
            case "twice" -> java.util.Arrays.stream(y).map(v -> 2 * v).toArray();
            default -> y.clone();
        };
        IsAction action = new IsAction(y, lambda, h);
        NewtonMinimiser.Result result = new NewtonMinimiser(BANDED, 100, TOLERANCE).minimise(action, phi0);

        assertThat(result.converged()).as(result.stop()).isTrue();
        List<NewtonMinimiser.Iteration> table = result.iterations();
        double worst = 0;
        int quadraticSteps = 0;
        for (int k = 1; k < table.size(); k++) {
            double previous = table.get(k - 1).residual();
            double now = table.get(k).residual();
            if (previous < 1e-2 && now > 1e3 * result.tolerance()) {
                worst = Math.max(worst, now / (previous * previous));
                quadraticSteps++;
            }
            assertThat(table.get(k).minPhi()).as("min φ at iterate %d", k).isPositive();
        }
        assertThat(quadraticSteps).as("steps in the quadratic regime").isGreaterThanOrEqualTo(1);
        assertThat(worst).as("r_{k+1}/r_k² in the quadratic regime").isLessThan(1e3);
        if (!Double.isNaN(result.observedOrder())) {
            assertThat(result.observedOrder()).isGreaterThan(1.7);
        }
        assertThat(ReferenceAction.maxPartial(y, lambda, h, result.phi())).isLessThanOrEqualTo(STATIONARY);
        assertThat(result.minPhiOverIterates()).isPositive();
    }

    /**
     * From φ₀ = 6y the potential is concave at every node (φ &gt; 2y), so the exact Hessian with
     * a small λ is not positive definite: the modified Hessian takes the first steps, the
     * fraction-to-the-boundary rule keeps φ &gt; 0, and the exact Newton steps finish.
     */
    @Test
    void anIndefiniteStartIsHandledAndPhiStaysPositive() {
        double[] y = lognormal(300, 1.0, 5);
        double[] phi0 = java.util.Arrays.stream(y).map(v -> 6 * v).toArray();
        IsAction action = new IsAction(y, 0.01, 1);
        NewtonMinimiser.Result result = new NewtonMinimiser(BANDED, 200, TOLERANCE).minimise(action, phi0);

        assertThat(result.converged()).as(result.stop()).isTrue();
        assertThat(result.modifiedSteps()).isPositive();
        assertThat(result.iterations()).allSatisfy(it -> assertThat(it.minPhi()).isPositive());
        assertThat(result.iterations().get(result.iterations().size() - 1).modified()).as("the last step is exact Newton").isFalse();
        assertThat(ReferenceAction.maxPartial(y, 0.01, 1, result.phi())).isLessThanOrEqualTo(STATIONARY);
        for (int k = 1; k < result.iterations().size(); k++) {
            assertThat(result.iterations().get(k).action()).as("S decreases").isLessThanOrEqualTo(result.iterations().get(k - 1).action());
        }
    }

    @Test
    void roughLognormalTargetsWithAStrongGradientTermConverge() {
        double[] y = lognormal(2000, 1.0, 11);
        IsAction action = new IsAction(y, 100, 1);
        NewtonMinimiser.Result result = new NewtonMinimiser(BANDED, 100, TOLERANCE).minimise(action, y);
        assertThat(result.converged()).as(result.stop()).isTrue();
        assertThat(ReferenceAction.maxPartial(y, 100, 1, result.phi())).isLessThanOrEqualTo(STATIONARY);
    }

    @Test
    void withoutTheGradientTermTheMinimiserIsTheTargetAndWithAHugeOneItsMean() {
        double[] y = lognormal(50, 0.5, 2);
        NewtonMinimiser newton = new NewtonMinimiser(BANDED, 100, TOLERANCE);
        NewtonMinimiser.Result free = newton.minimise(new IsAction(y, 0, 1), y);
        assertThat(free.iterations()).hasSize(1);
        assertThat(free.phi()).containsExactly(y);
        // λ → ∞ forces φ ≡ c, and Σ V'(y_i, c) = Σ (c − y_i)/c² = 0 gives c = mean(y)
        double mean = java.util.Arrays.stream(y).average().orElseThrow();
        NewtonMinimiser.Result stiff = newton.minimise(new IsAction(y, 1e8, 1), y);
        assertThat(stiff.converged()).as(stiff.stop()).isTrue();
        for (double p : stiff.phi()) {
            assertThat(p).isCloseTo(mean, within(1e-5 * mean));
        }
    }

    @Test
    void theDenseAndTheBandedSolverFindTheSameMinimiser() {
        double[] y = lognormal(120, 0.8, 3);
        IsAction action = new IsAction(y, 2, 1);
        double[] banded = new NewtonMinimiser(BANDED, 100, TOLERANCE).minimise(action, y).phi();
        double[] dense = new NewtonMinimiser(new DenseSolver(), 100, TOLERANCE).minimise(action, y).phi();
        for (int i = 0; i < y.length; i++) {
            assertThat(dense[i]).isCloseTo(banded[i], within(1e-12 * banded[i]));
        }
    }

    @Test
    void helpersAndBadStarts() {
        assertThat(NewtonMinimiser.boundary(new double[] {1, 2}, new double[] {-0.5, 1})).isEqualTo(2);
        assertThat(NewtonMinimiser.boundary(new double[] {1}, new double[] {1})).isInfinite();
        double[] c = NewtonMinimiser.modifiedCurvature(new double[] {1, 5}, new double[] {1, 1});
        assertThat(c[0]).isEqualTo(1.0);
        assertThat(c[1]).isCloseTo(4.0 / 125, within(1e-16));
        IsAction action = new IsAction(new double[] {1, 1}, 1, 1);
        NewtonMinimiser newton = new NewtonMinimiser(BANDED, 10, TOLERANCE);
        assertThatThrownBy(() -> newton.minimise(action, new double[] {1, 0})).hasMessageContaining("φ₀ > 0");
        assertThatThrownBy(() -> newton.minimise(action, new double[] {1})).hasMessageContaining("length 2");
        NewtonMinimiser.Result capped = new NewtonMinimiser(BANDED, 1, TOLERANCE).minimise(new IsAction(smooth(50), 5, 1), smooth(50));
        assertThat(capped.converged()).isFalse();
        assertThat(capped.stop()).contains("iteration cap 1");
    }
}
