package org.conelab.analyzer.lightcone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.conelab.api.graph.Graph;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConeTailTest {

    /** Agreement of logarithms computed from the same doubles. */
    private static final double LOG_ROUNDING = 1e-12;
    /** Agreement of a fit on exact data with its constants. */
    private static final double EXACT_FIT = 1e-9;

    @Test
    void theSamplesAreTheNonZeroEntriesBeyondTheRelativeFront() {
        // one step, nodes at d = 0 … 5 (node 6 unreachable): |x| = 1, 0.5, 1e-3, 2e-5, 0, 1e-9, 7
        double[][] values = {{1, 0, 0, 0, 0, 0, 0}, {1, 0.5, 1e-3, -2e-5, 0, 1e-9, 7}};
        int[] distances = {0, 1, 2, 3, 4, 5, Graph.UNREACHABLE};
        ScaledColumns x = new ScaledColumns(new ResponseColumns(0, new int[2], values), new double[] {0, 10});
        ConeTail tail = ConeTail.of(x, distances, 1e-4, 1);

        // peak 1 (the unreachable 7 does not count); 1e-3 ≥ 1e-4: front 2; beyond: 2e-5 and 1e-9 (0 has no log)
        assertThat(tail.front()).containsExactly(0, 2);
        assertThat(tail.step()).containsExactly(1, 1);
        assertThat(tail.distance()).containsExactly(3, 5);
        assertThat(tail.logAbs()[0]).isCloseTo(10 + Math.log(2e-5), within(LOG_ROUNDING));
        assertThat(tail.logAbs()[1]).isCloseTo(10 + Math.log(1e-9), within(LOG_ROUNDING));
    }

    @Test
    void theFrontIsRelativeToTheColumnsScale() {
        // the same shape scaled by e^50 has the same front and samples shifted by 50
        double[][] values = {{1, 0, 0}, {3, 1e-3, 1e-6}};
        int[] distances = {0, 1, 2};
        ConeTail small = ConeTail.of(new ScaledColumns(new ResponseColumns(0, new int[2], values), new double[2]), distances, 1e-4, 1);
        ConeTail large = ConeTail.of(new ScaledColumns(new ResponseColumns(0, new int[2], values), new double[] {0, 50}),
                distances, 1e-4, 1);

        assertThat(large.front()).containsExactly(small.front());
        assertThat(large.distance()).containsExactly(2);
        assertThat(large.logAbs()[0] - small.logAbs()[0]).isCloseTo(50, within(LOG_ROUNDING));
    }

    @Test
    void aManufacturedBoundIsRecoveredFromColumns() {
        // columns exactly C·exp(−(d − vt)/ξ) on a chain, held with a scale: the fit gives C, ξ, v back
        int n = 301;
        int j = 150;
        int steps = 20;
        double logC = -2;
        double xi = 3;
        double v = 2.5;
        double[][] values = new double[steps + 1][n];
        double[] logScale = new double[steps + 1];
        int[] distances = new int[n];
        for (int i = 0; i < n; i++) {
            distances[i] = Math.abs(i - j);
        }
        for (int t = 0; t <= steps; t++) {
            logScale[t] = logC + v * t / xi;
            for (int i = 0; i < n; i++) {
                values[t][i] = Math.exp(-distances[i] / xi);
            }
        }
        ConeTail tail = ConeTail.of(new ScaledColumns(new ResponseColumns(j, new int[steps + 1], values), logScale),
                distances, ConeTail.EPSILON, 1);
        LiebRobinsonFit fit = LiebRobinsonFit.of(tail);

        // the peak is at d = 0, so the relative front is ξ·ln(1/ε) whatever t
        assertThat(tail.front()[steps]).isEqualTo((int) Math.floor(xi * Math.log(1 / ConeTail.EPSILON)));
        assertThat(fit.logC()).isCloseTo(logC, within(EXACT_FIT));
        assertThat(fit.xi()).isCloseTo(xi, within(EXACT_FIT));
        assertThat(fit.velocity()).isCloseTo(v, within(EXACT_FIT));
    }

    @ParameterizedTest(name = "IS weights: {0}")
    @ValueSource(booleans = {false, true})
    void theFittedVelocityOfAtIsPositiveOnAnExponentialChain(boolean is) {
        // K_ij = exp(−|i − j|/1.5) on a chain of 201 nodes: A^t spreads outwards, v > 0 well beyond its error
        ScaledColumns x = ScaledColumns.powers(new PowerSolver(),
                new LinearDynamics(ScaledColumnsTest.chainKernel(), ScaledColumnsTest.weights(is), 0.1),
                ScaledColumnsTest.N / 2, ScaledColumnsTest.STEPS);
        int[] distances = new int[ScaledColumnsTest.N];
        for (int i = 0; i < distances.length; i++) {
            distances[i] = Math.abs(i - ScaledColumnsTest.N / 2);
        }
        LiebRobinsonFit fit = LiebRobinsonFit.of(ConeTail.of(x, distances, ConeTail.EPSILON, 1));

        assertThat(fit.fitted()).isTrue();
        assertThat(fit.velocity()).isGreaterThan(3 * fit.velocityStderr()).isGreaterThan(1.0);
        assertThat(fit.xi()).isGreaterThan(ScaledColumnsTest.XI0 * 0.5).isFinite();
    }
}
