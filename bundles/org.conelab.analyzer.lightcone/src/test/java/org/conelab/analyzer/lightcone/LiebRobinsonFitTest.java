package org.conelab.analyzer.lightcone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LiebRobinsonFitTest {

    /** Agreement of a noise-free fit with its plane, in units of the coefficients. */
    private static final double EXACT = 1e-10;
    /** A noisy estimate must lie within this many of its own standard errors of the truth. */
    private static final double SIGMAS = 3.0;

    private static final double LOG_C = Math.log(0.4);
    private static final double XI = 2.5;
    private static final double V = 3.0;

    /**
     * Samples of x = C·exp(−(d − v·t)/ξ)·exp(σ·z), z standard normal (seeded), on the grid
     * t = 1 … steps, d = dFrom … dTo: returned as {t, d} and ln x.
     */
    private static Samples manufactured(int steps, int dFrom, int dTo, double sigma, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int m = steps * (dTo - dFrom + 1);
        Samples s = new Samples(new int[m], new int[m], new double[m]);
        int k = 0;
        for (int t = 1; t <= steps; t++) {
            for (int d = dFrom; d <= dTo; d++) {
                double x = Math.exp(LOG_C - (d - V * t) / XI) * Math.exp(sigma * random.nextGaussian());
                s.t[k] = t;
                s.d[k] = d;
                s.y[k] = Math.log(x);
                k++;
            }
        }
        return s;
    }

    private record Samples(int[] t, int[] d, double[] y) {
        LiebRobinsonFit fit() {
            return LiebRobinsonFit.of(t, d, y);
        }
    }

    @Test
    void anExactBoundIsRecoveredExactly() {
        LiebRobinsonFit fit = manufactured(20, 10, 80, 0, 1).fit();

        assertThat(fit.fitted()).isTrue();
        assertThat(fit.logC()).isCloseTo(LOG_C, within(EXACT));
        assertThat(fit.xi()).isCloseTo(XI, within(EXACT));
        assertThat(fit.velocity()).isCloseTo(V, within(EXACT));
        assertThat(fit.rms()).isLessThan(EXACT);
        assertThat(fit.r2()).isCloseTo(1.0, within(EXACT));
        assertThat(fit.samples()).isEqualTo(20 * 71);
        // the ε-contour of C·exp(−(d − vt)/ξ): d = ξ·(ln C − ln ε) + v·t
        assertThat(fit.contourOffset(1e-6)).isCloseTo(XI * (LOG_C - Math.log(1e-6)), within(EXACT));
    }

    @Test
    void noisyDataGiveTheConstantsWithinTheirStandardErrors() {
        double sigma = 0.5;
        LiebRobinsonFit fit = manufactured(25, 5, 60, sigma, 42).fit();

        assertThat(fit.logC()).isCloseTo(LOG_C, within(SIGMAS * fit.logCStderr()));
        assertThat(fit.xi()).isCloseTo(XI, within(SIGMAS * fit.xiStderr()));
        assertThat(fit.velocity()).isCloseTo(V, within(SIGMAS * fit.velocityStderr()));
        assertThat(fit.rms()).isCloseTo(sigma, within(0.05 * sigma));
        assertThat(fit.velocityStderr()).isPositive().isLessThan(0.1 * V);
        // the bound with C_bound holds on every sample and is reached on one
        assertThat(fit.logCBound()).isGreaterThan(fit.logC() + 2 * sigma);
    }

    @Test
    void theStandardErrorsMatchTheScatterOverRepeatedExperiments() {
        // over many seeded data sets, the spread of each estimate is its (delta-method) standard error
        int replicates = 400;
        double sigma = 0.3;
        double[] sumSq = new double[3];
        double[] sumSe = new double[3];
        int[] within1 = new int[3];
        for (int r = 0; r < replicates; r++) {
            LiebRobinsonFit fit = manufactured(8, 4, 20, sigma, 1000 + r).fit();
            double[] error = {fit.logC() - LOG_C, fit.xi() - XI, fit.velocity() - V};
            double[] se = {fit.logCStderr(), fit.xiStderr(), fit.velocityStderr()};
            for (int q = 0; q < 3; q++) {
                sumSq[q] += error[q] * error[q];
                sumSe[q] += se[q];
                within1[q] += Math.abs(error[q]) <= se[q] ? 1 : 0;
            }
        }
        for (int q = 0; q < 3; q++) {
            double spread = Math.sqrt(sumSq[q] / replicates);
            assertThat(sumSe[q] / replicates / spread).as("mean standard error / scatter of constant %d", q)
                    .isBetween(0.85, 1.15);
            // a normal estimate falls within one standard error 68% of the time
            assertThat((double) within1[q] / replicates).as("coverage of constant %d", q).isBetween(0.6, 0.76);
        }
    }

    @Test
    void aRecedingTailHasANegativeVelocity() {
        // ln|x| = −1 − 0.25·t − 0.5·d: a = −1, b = v/ξ = −0.25, c = 1/ξ = 0.5, so ξ = 2 and v = −0.5
        int[] t = {1, 1, 2, 2, 3, 3};
        int[] d = {4, 6, 4, 6, 4, 6};
        double[] y = new double[6];
        for (int k = 0; k < 6; k++) {
            y[k] = -1 - 0.25 * t[k] - 0.5 * d[k];
        }
        LiebRobinsonFit fit = LiebRobinsonFit.of(t, d, y);

        assertThat(fit.velocity()).isCloseTo(-0.5, within(EXACT));
        assertThat(fit.xi()).isCloseTo(2.0, within(EXACT));
        assertThat(fit.logC()).isCloseTo(-1.0, within(EXACT));
    }

    @Test
    void tooFewSamplesGiveNoFit() {
        LiebRobinsonFit fit = LiebRobinsonFit.of(new int[] {1, 2, 3}, new int[] {5, 6, 8}, new double[] {-1, -2, -3});

        assertThat(fit.fitted()).isFalse();
        assertThat(fit.failure()).contains("3 samples");
        assertThat(fit.velocity()).isNaN();
        assertThat(fit.xi()).isNaN();
        assertThat(fit.logC()).isNaN();
        assertThat(fit.velocityStderr()).isNaN();
    }

    @Test
    void samplesThatGrowWithDistanceHaveNoDecayLength() {
        Samples s = manufactured(5, 1, 10, 0, 3);
        for (int k = 0; k < s.y.length; k++) {
            s.y[k] = 0.1 * s.d[k] - 0.2 * s.t[k];
        }
        LiebRobinsonFit fit = s.fit();

        assertThat(fit.fitted()).isFalse();
        assertThat(fit.failure()).contains("no decay");
        assertThat(fit.xi()).isNaN();
        assertThat(fit.velocity()).isNaN();
    }

    @Test
    void samplesOfASingleStepCannotSeparateVelocityFromPrefactor() {
        int[] t = {4, 4, 4, 4, 4};
        int[] d = {1, 2, 3, 4, 5};
        double[] y = {-1, -2, -3, -4, -5};
        LiebRobinsonFit fit = LiebRobinsonFit.of(t, d, y);

        assertThat(fit.fitted()).isFalse();
        assertThat(fit.failure()).contains("do not vary in t and d independently");
        assertThat(fit.velocity()).isNaN();
    }
}
