package org.conelab.analyzer.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.conelab.analyzer.training.Fixtures.analyze;
import static org.conelab.analyzer.training.Fixtures.byName;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.conelab.api.analysis.AnalysisResult;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Table;
import org.conelab.api.analysis.Training;
import org.conelab.api.analysis.Verdict;
import org.conelab.api.chart.LineChart;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.Solver;
import org.conelab.solver.dense.DenseSolver;
import org.conelab.testsupport.ReferenceDynamics;
import org.conelab.testsupport.ToeplitzSpectrum;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Divergence at the stability limit 2/λ_max: detected just above it, never below it, and
 * measured exactly far beyond the double range. References: EJML's eigenvalues of S, the
 * Toeplitz closed form, and the plain loop of test-support.
 */
class DivergenceTest {

    /** Steps enough for a mode growing by 2% per step to show from a small component. */
    private static final int STEPS = 2000;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.conelab.analyzer.training.Fixtures#solvers")
    void divergesAt101TimesTheLimitAndNotAt099(Solver solver) {
        int n = 60;
        double[] y = Fixtures.lognormal(n, 1.0, 21);
        double[] w = Fixtures.isWeights(y);
        double[] f0 = Fixtures.perturbed(y, 0.1, 22);
        StencilMatrix k = ToeplitzSpectrum.matrix(n, 1.0, 0.4);
        double[] lambda = Fixtures.spectrumOfS(k, w);

        Map<String, Finding> above = run(k, y, f0, Fixtures.training("is", Fixtures.IS, w, 1.01, lambda[0], lambda[n - 1]), solver);
        Map<String, Finding> below = run(k, y, f0, Fixtures.training("is", Fixtures.IS, w, 0.99, lambda[0], lambda[n - 1]), solver);

        Finding diverged = above.get("stable");
        assertThat(diverged.verdict()).isEqualTo(Verdict.FAILS);
        int step = Integer.parseInt(diverged.method().replaceAll(".*diverged at step (\\d+):.*", "$1"));
        // the reference: the plain loop's first step with ‖e_t‖_W above ‖e_0‖_W, which proves divergence; the certificate comes no later
        int exceeded = firstStepAboveInitial(k, w, 1.01 * 2 / lambda[n - 1], y, f0);
        assertThat(exceeded).as("the test needs the growth to show within the run").isLessThan(STEPS);
        assertThat(step).isPositive().isLessThanOrEqualTo(exceeded);
        assertThat(above.get("decay_rate").measured()).as("growth at |1 − ηλ_max| = 1.02")
                .isCloseTo(1.01 * 2 - 1, within(DecayRateTest.RATE));

        assertThat(below.get("stable").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(below.get("stable").measured()).isLessThanOrEqualTo(1.0);
        assertThat(below.get("decay_bound").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(firstStepAboveInitial(k, w, 0.99 * 2 / lambda[n - 1], y, f0)).isEqualTo(-1);
    }

    @ParameterizedTest(name = "β = {0}")
    @ValueSource(doubles = {0.4, -0.45})
    void theSweepFindsTheThresholdWithinOnePercentAndWhereLemmaTwosRateFails(double beta) {
        int n = 20;
        double[] y = Fixtures.lognormal(n, 0.5, 4);
        double[] w = Fixtures.constant(n, 1.0);
        double[] lambda = ToeplitzSpectrum.eigenvalues(n, 1.0, beta);
        Training mse = Fixtures.training("mse", Fixtures.MSE, w, 0.5, lambda[0], lambda[n - 1]);
        AnalysisResult result = analyze(Fixtures.experiment(ToeplitzSpectrum.matrix(n, 1.0, beta), y, Fixtures.perturbed(y, 0.1, 6),
                mse, Optional.empty(), new DenseSolver(), 40), "sweep_steps", "800");
        Map<String, Finding> f = byName(result);

        Finding threshold = f.get("divergence_threshold");
        assertThat(threshold.verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(threshold.measured()).isBetween(1.0, 1.01);
        Finding lemma2 = f.get("lemma2_rate_sweep");
        double kink = lambda[n - 1] / (lambda[0] + lambda[n - 1]);
        assertThat(lemma2.expected()).isCloseTo(kink, within(1e-12));
        assertThat(lemma2.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(lemma2.measured()).isGreaterThan(kink).isLessThanOrEqualTo(1.0);
        assertThat(f.get("rate_bound_sweep").verdict()).isEqualTo(Verdict.HOLDS);

        Table sweep = Fixtures.table(result, "sweep");
        double[] fraction = Fixtures.column(sweep, "eta_fraction");
        double[] rate = Fixtures.column(sweep, "linear_rate_mse");
        double[] rho = Fixtures.column(sweep, "rho_mse");
        double[] divergedAt = Fixtures.column(sweep, "linear_diverged_step_mse");
        for (int r = 0; r < fraction.length; r++) {
            // the reference ρ: every eigenvalue of the closed form
            double eta = fraction[r] * 2 / lambda[n - 1];
            double expected = Arrays.stream(lambda).map(l -> Math.abs(1 - eta * l)).max().orElseThrow();
            assertThat(rho[r]).isCloseTo(expected, within(1e-12));
            assertThat(rate[r]).as("η = %s × the limit", fraction[r]).isFinite().isLessThanOrEqualTo(expected + 1e-12);
            assertThat(Double.isNaN(divergedAt[r])).as("diverges iff η > 2/λ_max, at %s", fraction[r]).isEqualTo(fraction[r] <= 1.0);
        }
        assertChartsFinite(result);
    }

    @Test
    void aRunFarBeyondTheDoubleRangeIsMeasuredExactlyAndNeverChartedAsNaN() {
        // η = 1e4 with W = I: every step multiplies the top mode by |1 − ηλ_max| ≈ 1.8e4, so ‖e_300‖ ≈ 10^1270
        int n = 10;
        double[] y = Fixtures.lognormal(n, 0.5, 5);
        double[] w = Fixtures.constant(n, 1.0);
        double[] lambda = ToeplitzSpectrum.eigenvalues(n, 1.0, 0.4);
        double eta = 1e4;
        double rho = Arrays.stream(lambda).map(l -> Math.abs(1 - eta * l)).max().orElseThrow();
        Training mse = Fixtures.training("mse", Fixtures.MSE, w, eta * lambda[n - 1] / 2, lambda[0], lambda[n - 1]);
        int steps = 300;
        AnalysisResult result = analyze(Fixtures.experiment(ToeplitzSpectrum.matrix(n, 1.0, 0.4), y, Fixtures.perturbed(y, 0.1, 6), mse,
                Optional.empty(), new DenseSolver(), steps), "sweep", "off");
        Map<String, Finding> f = byName(result);

        assertThat(f.get("stable").verdict()).isEqualTo(Verdict.FAILS);
        assertThat(f.get("stable").method()).contains("diverged at step 1:");
        assertThat(f.get("decay_rate").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.get("decay_rate").measured()).isCloseTo(rho, within(1e-6));
        assertThat(f.get("nonlinear_stop").measured()).as("the nonlinear run is stopped before it overflows").isBetween(1.0, 10.0);
        assertThat(f.get("nonlinear_stop").method()).contains("diverged at step");
        for (String claim : new String[] {"lemma2_rate", "lemma2_bound", "lemma2_rate_formula"}) {
            assertThat(f.get(claim).verdict()).as(claim).isEqualTo(Verdict.NOT_MEASURABLE);
            assertThat(f.get(claim).method()).contains("outside Lemma 2's premise");
        }
        Table trajectory = Fixtures.table(result, "trajectory");
        double[] log10W = Fixtures.column(trajectory, "linear_log10_error_w_mse");
        assertThat(log10W).hasSize(steps + 1);
        assertThat(Arrays.stream(log10W).allMatch(Double::isFinite)).isTrue();
        assertThat(log10W[steps] - log10W[0]).as("300 steps at ×ρ, to 1e-6 per step")
                .isCloseTo(steps * Math.log10(rho), within(steps * 1e-6 + 1));
        assertThat(log10W[steps]).isGreaterThan(1200);
        assertChartsFinite(result);
    }

    static void assertChartsFinite(AnalysisResult result) {
        assertThat(result.charts()).isNotEmpty();
        result.charts().stream().map(LineChart.class::cast).forEach(chart -> chart.series().forEach(series -> {
            assertThat(series.x()).as("%s / %s", chart.name(), series.label()).isNotEmpty();
            assertThat(Arrays.stream(series.x()).allMatch(Double::isFinite) && Arrays.stream(series.y()).allMatch(Double::isFinite))
                    .as("%s / %s: finite points only", chart.name(), series.label()).isTrue();
        }));
    }

    private static Map<String, Finding> run(StencilMatrix k, double[] y, double[] f0, Training training, Solver solver) {
        return byName(analyze(Fixtures.experiment(k, y, f0, training, Optional.empty(), solver, STEPS), "sweep", "off", "deltas",
                "1e-3, 1e-2"));
    }

    /** @return the first t ≤ STEPS with ‖e_t‖_W > ‖e_0‖_W in the plain loop, or −1 */
    private static int firstStepAboveInitial(StencilMatrix k, double[] w, double eta, double[] y, double[] f0) {
        double[] e = new double[y.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = f0[i] - y[i];
        }
        double initial = Fixtures.wNorm(w, e);
        LinearDynamics d = new LinearDynamics(k, w, eta);
        for (int t = 1; t <= STEPS; t++) {
            e = ReferenceDynamics.evolve(d, e, 1);
            if (Fixtures.wNorm(w, e) > initial) {
                return t;
            }
        }
        return -1;
    }
}
