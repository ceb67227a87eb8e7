package org.conelab.analyzer.propagator.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.conelab.api.matrix.BandedMatrix;
import org.junit.jupiter.api.Test;

class IsActionTest {

    /** |analytic − finite-difference| relative to the larger of 1 and the partial derivative. */
    private static final double DERIVATIVE = 1e-9;

    private static double[] random(int n, double low, double high, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = low + (high - low) * random.nextDouble();
        }
        return v;
    }

    @Test
    void theValueIsTheNaiveSumAwayFromTheMinimum() {
        double[] y = random(30, 0.5, 2, 1);
        double[] phi = random(30, 0.3, 3, 2);
        IsAction action = new IsAction(y, 0.7, 0.4);
        assertThat(action.value(phi)).isCloseTo(ReferenceAction.value(y, 0.7, 0.4, phi), within(1e-12 * action.value(phi)));
        phi[3] = -1;
        assertThat(action.value(phi)).isInfinite();
    }

    @Test
    void theGradientIsTheFiniteDifferenceOfTheNaiveAction() {
        double[] y = random(25, 0.2, 5, 3);
        double[] phi = random(25, 0.1, 8, 4);
        IsAction action = new IsAction(y, 2.5, 0.8);
        double[] g = action.gradient(phi);
        for (int i = 0; i < phi.length; i++) {
            double fd = ReferenceAction.partial(y, 2.5, 0.8, phi, i);
            assertThat(g[i]).as("∂S/∂φ_%d", i).isCloseTo(fd, within(DERIVATIVE * Math.max(1, Math.abs(fd))));
        }
    }

    /** H·e_j against the central difference of the gradient in direction e_j, every column. */
    @Test
    void theHessianIsTheDerivativeOfTheGradient() {
        double[] y = random(12, 0.2, 5, 5);
        double[] phi = random(12, 0.1, 8, 6);
        IsAction action = new IsAction(y, 1.5, 0.5);
        BandedMatrix h = action.hessian(action.curvature(phi));
        for (int j = 0; j < phi.length; j++) {
            double step = 1e-5 * phi[j];
            double[] plus = phi.clone();
            double[] minus = phi.clone();
            plus[j] += step;
            minus[j] -= step;
            double[] gp = action.gradient(plus);
            double[] gm = action.gradient(minus);
            for (int i = 0; i < phi.length; i++) {
                double fd = (gp[i] - gm[i]) / (2 * step);
                assertThat(h.entry(i, j)).as("H(%d, %d)", i, j).isCloseTo(fd, within(1e-6 * Math.max(1, Math.abs(fd))));
            }
        }
        // V'' < 0 where φ > 2y: the exact Hessian is not positive definite everywhere
        assertThat(new IsAction(new double[] {1}, 0, 1).curvature(new double[] {3})[0]).isCloseTo(-1.0 / 27, within(1e-16));
    }

    @Test
    void thePotentialIsAccurateAtItsMinimumWhereTheNaiveFormulaIsNot() {
        MathContext mc = new MathContext(40);
        for (double t : new double[] {1e-9, -3e-6, 2e-4, -9e-4}) {
            // t − log1p(t) = Σ_{k≥2} (−1)^k t^k / k, summed in 40 digits, for the t = y/φ − 1 the double y holds exactly
            double y = 1 + t;
            BigDecimal bt = new BigDecimal(y).subtract(BigDecimal.ONE);
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal power = bt;
            for (int k = 2; k < 30; k++) {
                power = power.multiply(bt, mc);
                BigDecimal term = power.divide(BigDecimal.valueOf(k), mc);
                sum = k % 2 == 0 ? sum.add(term, mc) : sum.subtract(term, mc);
            }
            double exact = sum.doubleValue();
            assertThat(IsAction.potential(y, 1.0)).as("t = %s", t).isCloseTo(exact, within(4e-16 * exact));
        }
        assertThat(IsAction.potential(2, 2)).isZero();
        assertThat(IsAction.potential(3, 1)).isCloseTo(2 - Math.log(3), within(1e-15));
    }

    @Test
    void theChangeIsTheDifferenceOfValuesSummedTermByTerm() {
        double[] y = random(40, 0.5, 2, 7);
        double[] phi = random(40, 0.5, 2, 8);
        double[] p = random(40, -0.2, 0.2, 9);
        IsAction action = new IsAction(y, 3, 1);
        for (double alpha : new double[] {1, 0.5, 1e-3}) {
            double[] moved = new double[40];
            for (int i = 0; i < 40; i++) {
                moved[i] = phi[i] + alpha * p[i];
            }
            double difference = action.value(moved) - action.value(phi);
            assertThat(action.change(phi, p, alpha)).isCloseTo(difference, within(1e-12 * Math.abs(action.value(phi))));
        }
        p[0] = -10;
        assertThat(action.change(phi, p, 1)).isInfinite();
    }

    @Test
    void rejectsTargetsOutsideTheDomain() {
        assertThatThrownBy(() -> new IsAction(new double[] {1, 0}, 1, 1)).hasMessageContaining("y[1] = 0.0");
        assertThatThrownBy(() -> new IsAction(new double[] {1}, -1, 1)).hasMessageContaining("λ >= 0");
        assertThat(IsAction.inDomain(new double[] {1, Double.NaN})).isFalse();
        assertThat(new IsAction(new double[] {2}, 1, 1).hessian(new double[] {0.5}).diagonals()).hasNumberOfRows(1);
    }
}
