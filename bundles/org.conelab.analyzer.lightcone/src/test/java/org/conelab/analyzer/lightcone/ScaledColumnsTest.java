package org.conelab.analyzer.lightcone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScaledColumnsTest {

    /** Agreement of ln|A^t_ij| with the dense reference (relative agreement of the entries). */
    private static final double LOG_TOLERANCE = 1e-11;
    /** Relative agreement of an exact power's logarithm (rounding of t logarithms). */
    private static final double EXACT = 1e-12;

    static final int N = 201;
    static final double XI0 = 1.5;
    static final int STEPS = 30;

    /** K_ij = exp(−|i − j|/ξ₀), every entry stored (n − 1 off-diagonals). */
    static StencilMatrix chainKernel() {
        double[] c = new double[N];
        for (int k = 0; k < N; k++) {
            c[k] = Math.exp(-k / XI0);
        }
        return new StencilMatrix(N, c);
    }

    /** Weights: all ones (MSE), or 1/y² for seeded log-normal targets y = exp(z) (IS). */
    static double[] weights(boolean is) {
        double[] w = new double[N];
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < N; i++) {
            double y = Math.exp(random.nextGaussian());
            w[i] = is ? 1 / (y * y) : 1.0;
        }
        return w;
    }

    /**
     * Reference: the dense matrix M = K·W formed entry by entry and its powers M^t = M^{t−1}·M
     * by plain matrix–matrix products; returns column j of M^t for t = 0 … T.
     */
    static double[][] denseReference(StencilMatrix k, double[] w, int j, int steps) {
        int n = k.size();
        double[][] m = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                m[r][c] = k.coefficient(Math.abs(r - c)) * w[c];
            }
        }
        double[][] power = new double[n][n];
        for (int r = 0; r < n; r++) {
            power[r][r] = 1.0;
        }
        double[][] columns = new double[steps + 1][n];
        for (int t = 0; ; t++) {
            for (int r = 0; r < n; r++) {
                columns[t][r] = power[r][j];
            }
            if (t == steps) {
                return columns;
            }
            double[][] next = new double[n][n];
            for (int r = 0; r < n; r++) {
                for (int q = 0; q < n; q++) {
                    double prq = power[r][q];
                    for (int c = 0; c < n; c++) {
                        next[r][c] += prq * m[q][c];
                    }
                }
            }
            power = next;
        }
    }

    @ParameterizedTest(name = "IS weights: {0}")
    @ValueSource(booleans = {false, true})
    void powersMatchADenseMatrixPower(boolean is) {
        StencilMatrix k = chainKernel();
        double[] w = weights(is);
        int j = N / 2;
        ScaledColumns x = ScaledColumns.powers(new PowerSolver(), new LinearDynamics(k, w, 0.1), j, STEPS);
        double[][] reference = denseReference(k, w, j, STEPS);

        for (int t = 0; t <= STEPS; t++) {
            for (int i = 0; i < N; i++) {
                double expected = reference[t][i];
                if (expected == 0.0) {
                    assertThat(x.columns().at(t, i)).as("A^%d(%d, %d)", t, i, j).isZero();
                } else {
                    assertThat(x.logAbs(t, i)).as("ln|A^%d(%d, %d)|", t, i, j)
                            .isCloseTo(Math.log(Math.abs(expected)), within(LOG_TOLERANCE));
                }
            }
        }
    }

    @Test
    void aDiagonalKernelGivesExactPowersFarBeyondOverflow() {
        // K = c·I, W = w·I: A^t·e_j = (c·w)^t·e_j, which overflows a double after 3 steps
        double c = 2.5;
        double w = 1e100;
        double[] weights = new double[7];
        Arrays.fill(weights, w);
        ScaledColumns x = ScaledColumns.powers(new PowerSolver(), new LinearDynamics(new StencilMatrix(7, new double[] {c}),
                weights, 1.0), 3, 40);

        for (int t = 0; t <= 40; t++) {
            assertThat(x.logAbs(t, 3)).isCloseTo(t * Math.log(c * w), within(EXACT * (1 + t * Math.log(c * w))));
            assertThat(x.columns().first()[t]).isEqualTo(3);
            assertThat(x.columns().values()[t]).containsExactly(1.0);
            assertThat(x.logAbs(t, 2)).isEqualTo(Double.NEGATIVE_INFINITY);
        }
    }

    @Test
    void rowsHoldOnlyTheSupportOfABandedKernel() {
        double[] ones = new double[41];
        Arrays.fill(ones, 1.0);
        ScaledColumns x = ScaledColumns.powers(new PowerSolver(),
                new LinearDynamics(new StencilMatrix(41, new double[] {1.0, 0.5, 0.25}), ones, 1.0), 20, 6);

        for (int t = 0; t <= 6; t++) {
            // a band of half-width 2: A^t·e_j is non-zero exactly on |i − j| ≤ 2t
            assertThat(x.columns().first()[t]).isEqualTo(20 - 2 * t);
            assertThat(x.columns().values()[t]).hasSize(4 * t + 1);
        }
    }

    @Test
    void aVanishingProductIsAnError() {
        double[] zeros = new double[5];
        assertThatThrownBy(() -> ScaledColumns.powers(new PowerSolver(),
                new LinearDynamics(new StencilMatrix(5, new double[] {1.0}), zeros, 1.0), 2, 3))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("A^1");
    }
}
